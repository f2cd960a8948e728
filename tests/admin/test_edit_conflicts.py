"""Two staff members editing the same rows: the second save is refused, never saved over the first
one's change (ADR 0014). The change form itself is covered where it is saved (test_history); here
the FAQ list's editable columns and the municipality rows on an area's change page."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from portal.models import EmploymentArea, FaqEntry, Municipality, TrialArea

from .conftest import form_data

pytestmark = pytest.mark.django_db

CONFLICT = "Joku muu on muuttanut tätä riviä sen jälkeen, kun avasit lomakkeen"
FAQ_LIST = reverse("admin:portal_faqentry_changelist")


class _FormFields(HTMLParser):
    """What a browser posts back from the page's form `form_id`: inputs, checked boxes, selects,
    text areas (none of the portal's admin forms needs JavaScript to be sent)."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.data = form_id, False, []
        self.select = self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "disabled" in attrs:
            return
        if tag == "input" and attrs.get("name") and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.data.append((attrs["name"], attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")))
        elif tag == "select":
            self.select = attrs.get("name")
        elif tag == "option" and self.select and "selected" in attrs:
            self.data.append((self.select, attrs.get("value", "")))
        elif tag == "textarea":
            self.textarea = attrs.get("name")
            self.data.append((self.textarea, ""))

    def handle_data(self, text):
        if self.textarea:
            name, value = self.data[-1]
            self.data[-1] = (name, value + text)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            if self.data and self.data[-1][0] == self.textarea and self.data[-1][1].startswith("\n"):
                self.data[-1] = (self.textarea, self.data[-1][1][1:])  # the browser drops the first newline
            self.textarea = None


def posted(response, form_id):
    """The page's form as the browser would send it: {name: value or [values]}."""
    parser = _FormFields(form_id)
    parser.feed(response.content.decode())
    data = {}
    for name, value in parser.data:
        data.setdefault(name, []).append(value)
    return {name: values[0] if len(values) == 1 else values for name, values in data.items()}


def faq_entries():
    FaqEntry.objects.all().delete()
    return (
        FaqEntry.objects.create(
            question_fi="Kysymys 1", question_sv="Fråga 1", answer_fi="Vastaus 1", answer_sv="Svar 1", order=10
        ),
        FaqEntry.objects.create(
            question_fi="Kysymys 2", question_sv="Fråga 2", answer_fi="Vastaus 2", answer_sv="Svar 2", order=20
        ),
    )


def row_prefix(data, entry):
    (key,) = [k for k, v in data.items() if k.startswith("form-") and k.endswith("-id") and v == str(entry.pk)]
    return key[: -len("-id")]


def open_faq_list(client):
    response = client.get(FAQ_LIST)
    assert response.status_code == 200
    data = posted(response, "changelist-form")
    data["_save"] = "Tallenna"
    return data


# The FAQ list's editable columns (order, published).


def test_faq_list_refuses_a_save_over_anothers_published_change(admin_client):
    first, second = faq_entries()
    data = open_faq_list(admin_client)  # staff member A opens the list
    FaqEntry.objects.filter(pk=first.pk).update(published=False)  # B unpublishes the first entry
    data[f"{row_prefix(data, second)}-order"] = "5"  # A moves the second one up and saves the list
    response = admin_client.post(FAQ_LIST, data)
    assert response.status_code == 200
    assert CONFLICT in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.published is False  # B's change stands
    assert second.order == 20  # nothing of A's list was saved


def test_faq_list_refuses_a_save_after_the_entry_was_saved_on_its_change_page(admin_client, client, superuser):
    first, _ = faq_entries()
    data = open_faq_list(admin_client)
    change_url = reverse("admin:portal_faqentry_change", args=[first.pk])
    form = form_data(admin_client.get(change_url))
    form.update({"question_fi": "Kysymys 1, korjattu", "order": "30"})
    saved = admin_client.post(change_url, form)  # B saves the entry's page
    assert saved.status_code == 302, saved.context and saved.context["adminform"].form.errors
    data[f"{row_prefix(data, first)}-order"] = "1"
    response = admin_client.post(FAQ_LIST, data)
    assert CONFLICT in response.content.decode()
    first.refresh_from_db()
    assert (first.question_fi, first.order) == ("Kysymys 1, korjattu", 30)


def test_faq_list_saves_when_nobody_else_changed_the_rows(admin_client):
    first, second = faq_entries()
    data = open_faq_list(admin_client)
    data[f"{row_prefix(data, first)}-order"] = "40"
    data.pop(f"{row_prefix(data, second)}-published")  # unticked
    response = admin_client.post(FAQ_LIST, data)
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.order, second.published) == (40, False)


# The municipality rows on an area's change page: read-only (MunicipalityInline), so the formset
# saves nothing of them and a member changed since the page opened keeps that change. No token is
# needed there; these tests fail if an inline ever starts writing its rows back.


AREA_PAGES = [(TrialArea, "area"), (EmploymentArea, "employment_area")]


def area_form(client, area):
    url = reverse(f"admin:portal_{area._meta.model_name}_change", args=[area.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = posted(response, f"{area._meta.model_name}_form")
    data["_save"] = "Tallenna"
    return url, data


@pytest.mark.parametrize("model, fk", AREA_PAGES, ids=["trial_area", "employment_area"])
def test_area_page_keeps_a_member_renamed_and_moved_since_it_opened(admin_client, model, fk):
    area = model.objects.filter(municipalities__isnull=False).first()
    other = model.objects.exclude(pk=area.pk).first()
    member = area.municipalities.order_by("code").first()
    url, data = area_form(admin_client, area)
    assert any(value == str(member.pk) for key, value in data.items() if key.endswith("-id"))
    # B renames the member and moves it to another area on its own page.
    Municipality.objects.filter(pk=member.pk).update(name_fi="Muutettu nimi", **{fk: other})
    data["phone"] = "+358 9 123 4567"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    member.refresh_from_db()
    area.refresh_from_db()
    assert (member.name_fi, getattr(member, f"{fk}_id")) == ("Muutettu nimi", other.pk)
    assert area.phone == "+358 9 123 4567"
