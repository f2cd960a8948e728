"""The form of one question page: a single field named after the question id.

The form only presents: the engine parses and validates answers (the same way for the URL
state and for the page), and hands its error to the form so Django marks the field invalid.
crispy-forms renders the field through our own templates, which put the question in the
<legend>/<label> as the page's <h1> and tie the hint and the error to the field.
"""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Field, Layout
from django import forms

from .engine import MUNICIPALITY, Answer, Question

RADIOS_TEMPLATE = "questionnaire/fields/radios.html"
MUNICIPALITY_TEMPLATE = "questionnaire/fields/municipality.html"
DATALIST_ID = "municipality-names"


class HintedRadioSelect(forms.RadioSelect):
    """Radios whose options may carry a hint, announced with the option (aria-describedby)."""

    def __init__(self, *args, hints=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hints = hints or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        hint = self.hints.get(value, "")
        option["hint"] = hint
        if hint:
            option["hint_id"] = f"{option['attrs']['id']}-hint"
            option["attrs"]["aria-describedby"] = option["hint_id"]
        return option


class QuestionForm(forms.Form):
    use_required_attribute = False  # the server says what is missing, in the page's language

    def __init__(self, question: Question, *, answer: Answer, show_error: bool, error: str, display: str):
        """`display` pre-fills the field; `error` is shown when `show_error` is set."""
        key = question.key
        bound = show_error
        super().__init__(data={key: answer.echo} if bound else None, initial={key: display})
        self.question = question
        describedby = [f"{key}-hint"] if question.hint else []
        if question.kind == MUNICIPALITY:
            if show_error:
                describedby.append(f"{key}-error")
            attrs = {"list": DATALIST_ID, "autocomplete": "off", "spellcheck": "false",
                     "maxlength": "100", "class": "form-control form-control--municipality"}
            if describedby:
                attrs["aria-describedby"] = " ".join(describedby)
            self.fields[key] = forms.CharField(required=False, widget=forms.TextInput(attrs=attrs))
            template = MUNICIPALITY_TEMPLATE
        else:
            self.fields[key] = forms.ChoiceField(
                required=False,
                choices=[(option.value, option.label) for option in question.options],
                widget=HintedRadioSelect(
                    attrs={"class": "form-check-input"},
                    hints={option.value: option.hint for option in question.options},
                ),
            )
            template = RADIOS_TEMPLATE
        if show_error:
            self.full_clean()
            self.add_error(key, error)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.layout = Layout(Field(key, template=template))

    @property
    def describedby(self) -> str:
        """Ids of the hint and the error, for the fieldset of the radios."""
        key = self.question.key
        ids = [f"{key}-hint"] if self.question.hint else []
        if self.errors:
            ids.append(f"{key}-error")
        return " ".join(ids)

    @property
    def field(self):
        return self[self.question.key]

    @property
    def error_target_id(self) -> str:
        """Where the error summary's link takes the focus: the input, or the first radio."""
        key = self.question.key
        return f"id_{key}" if self.question.kind == MUNICIPALITY else f"id_{key}_0"
