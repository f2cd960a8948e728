"""The review view for staff and translators: every questionnaire on one admin page.

Per questionnaire of the registry (portal/questionnaire/registry.py): every question with its
options in Finnish, Swedish and English and where each option leads, and every outcome (with its
reason or variant) as its template renders in the three languages, with the legal basis it cites.
Nothing is written here twice: the paths and outcomes are the committed decision tables
(portal/decision_tables/<slug>.csv, kept equal to the rules by tests), the texts are the flows'
declarations and outcome templates, rendered as the result page renders them.

The date control (?date=YYYY-MM-DD, default today) picks the decision-table date whose rules
apply on that date (the trial's rule versions, the day before the trial, the employment areas
from 1.1.2025) and renders the outcomes as the portal answers on the chosen date.

A text with no translation in the catalogue of the language is marked missing (it would show in
Finnish there); so is an outcome whose template does not exist.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.contrib import admin
from django.template import TemplateDoesNotExist, engines
from django.template.loader import select_template
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy as _, trans_real

from . import clock
from .admin_views import decision_tables_dir
from .decision_table import read_csv
from .directory import Directory, get_directory
from .questionnaire import registry
from .questionnaire.engine import MUNICIPALITY, Flow, Situation, format_day, not_answered_until, resolve
from .questionnaire.results import result_context

REVIEW_LANGUAGES = ("fi", "sv", "en")
HEADING = re.compile(r"<(/?)h([1-6])\b")
SOURCE_LANGUAGE = "fi"  # ADR 0003: the msgids are Finnish, so Finnish is never "missing"


# --- missing translations --------------------------------------------------------------------------

class _RecordingTranslation:
    """Wraps the active DjangoTranslation and records every message its catalogue lacks."""

    def __init__(self, inner):
        self._inner = inner
        self.missing: list[str] = []

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def gettext(self, message):
        catalog = self._inner._catalog
        if message not in catalog and (message, 0) not in catalog:
            self.missing.append(message.split(trans_real.CONTEXT_SEPARATOR)[-1])
        return self._inner.gettext(message)

    def ngettext(self, singular, plural, number):
        try:
            self._inner._catalog.plural(singular, number)
        except KeyError:
            self.missing.append(singular)
        return self._inner.ngettext(singular, plural, number)


@contextmanager
def recording_missing(language: str) -> Iterator[list[str]]:
    """`translation.override(language)` that yields the list of messages rendered untranslated.

    Django has no public hook for this: the active translation of this thread (only) is wrapped
    for the block. Anything inside that activates a language again (`translate_url` does) drops
    the wrapper, so templates are rendered without running the context processors inside
    (see `_render`). tests/admin/test_review.py fails if Django's internals change under it.
    """
    with translation.override(language):
        if language == SOURCE_LANGUAGE:
            yield []
            return
        active = trans_real._active.value
        recorder = _RecordingTranslation(active)
        trans_real._active.value = recorder
        try:
            yield recorder.missing
        finally:
            trans_real._active.value = active


def _render(template, context: dict, request, language: str) -> Text:
    """`template` rendered as a page in `language` renders it, with the untranslated messages."""
    with translation.override(language):
        processed = {"request": request}
        for processor in engines["django"].engine.template_context_processors:
            processed.update(processor(request))
    with recording_missing(language) as missing:
        html = template.render({**processed, **context()})
    # The outcome's own <h1> sits under this page's h3 "Tulokset": keep the outline of the page.
    html = mark_safe(HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 3, 6)}", html))
    return Text(language, html, list(dict.fromkeys(missing)))


@dataclass
class Text:
    """One text in one language: what the portal shows, and the messages it lacks a translation for."""

    language: str
    text: str
    missing: list[str] = field(default_factory=list)


def texts(value) -> list[Text]:
    """A (lazy) translatable string in every review language."""
    result = []
    for language in REVIEW_LANGUAGES:
        with recording_missing(language) as missing:
            shown = str(value) if value else ""
        result.append(Text(language, shown, list(dict.fromkeys(missing))))
    return result


# --- the decision tables ---------------------------------------------------------------------------

def table_rows(flow: Flow) -> list[dict]:
    path = decision_tables_dir() / f"{flow.slug}.csv"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return read_csv(handle)


def applicable_table_date(dates: list[datetime.date], day: datetime.date) -> datetime.date | None:
    """The last table date on or before `day` (its rules apply then), else the first."""
    if not dates:
        return None
    earlier = [d for d in dates if d <= day]
    return max(earlier) if earlier else min(dates)


def split_path(path: str) -> list[tuple[str, str]]:
    return [tuple(part.split("=", 1)) for part in path.split(";") if part]


# --- per questionnaire -----------------------------------------------------------------------------

@dataclass
class OptionReview:
    value: str  # the option's value, or a sample municipality's code
    display: str  # the value as staff read it ("091 Helsinki" for a municipality)
    labels: list[Text]
    leads_to: list[str]


@dataclass
class QuestionReview:
    key: str
    kind: str
    text: list[Text]
    hint: list[Text]
    options: list[OptionReview]
    asked: bool


@dataclass
class OutcomeReview:
    outcome: str
    variant: str | None
    reason: str
    template: str | None  # the template picked by name; None: none of the candidates exists
    candidates: list[str]
    rows: int
    example: str
    legal_basis: list[dict]
    texts: list[Text]


@dataclass
class FlowReview:
    flow: Flow
    title: list[Text]
    table_date: datetime.date | None
    rules_version: str
    questions: list[QuestionReview]
    outcomes: list[OutcomeReview]
    problems: list[str] = field(default_factory=list)


def _value_label(question, value: str, directory: Directory) -> str:
    if question.kind == MUNICIPALITY:
        info = directory.municipalities.get(value)
        return f"{value} {info.name.fi}" if info else value
    return value


def _leads_to(rows: list[dict]) -> dict[tuple[str, str], list[str]]:
    """(question, value) -> what follows it on some path: the next question, or "→ outcome[/reason]"."""
    leads: dict[tuple[str, str], dict[str, None]] = {}
    for row in rows:
        steps = split_path(row["path"])
        for index, (key, value) in enumerate(steps):
            if index + 1 < len(steps):
                following = steps[index + 1][0]
            else:
                following = "→ " + row["outcome"] + (f"/{row['reason']}" if row["reason"] else "")
            leads.setdefault((key, value), {})[following] = None
    return {pair: list(following) for pair, following in leads.items()}


def _citations(rows: list[dict], directory: Directory) -> list[dict]:
    cited = dict.fromkeys(c for row in rows for c in row.get("legal_basis", "").split("|") if c)
    shown = []
    for citation in cited:
        source = directory.legal_sources.get(citation.split(" ")[0])
        shown.append({
            "citation": citation,
            "title": source.title.get("fi") if source else "",
            "url": source.url("fi") if source else "",
        })
    return shown


def _render_outcome(flow: Flow, state, situation: Situation, request) -> tuple[str | None, list[Text]]:
    with translation.override(SOURCE_LANGUAGE):
        candidates = flow.outcome_templates(state.result, flow.payload(state, situation))
    try:
        template = select_template(candidates)
    except TemplateDoesNotExist:
        return None, [Text(language, "") for language in REVIEW_LANGUAGES]  # the page says the template is missing
    rendered = [_render(template, lambda: result_context(state, situation), request, language)
                for language in REVIEW_LANGUAGES]
    return template.template.name, rendered


def review_flow(flow: Flow, day: datetime.date, directory: Directory, request) -> FlowReview:
    situation = Situation(directory, directory.period, day)
    answers_from = not_answered_until(flow, situation)
    all_rows = table_rows(flow)
    dates = sorted({datetime.date.fromisoformat(row["date"]) for row in all_rows})
    # A flow whose rules do not answer for the day (today's authorities before 1.1.2025) shows no rows.
    table_date = applicable_table_date(dates, day) if answers_from is None else None
    rows = [row for row in all_rows if table_date and row["date"] == table_date.isoformat()]
    review = FlowReview(
        flow=flow, title=texts(flow.title), table_date=table_date,
        rules_version=rows[0]["rules_version"] if rows else "", questions=[], outcomes=[],
    )
    if answers_from is not None:
        review.problems.append(gettext("Kysely vastaa vasta %(day)s alkaen.") % {"day": format_day(answers_from)})
    elif not rows:
        review.problems.append(gettext("Päätöstaulukossa ei ole tämän päivän rivejä. Aja manage.py decision_tables."))
    leads = _leads_to(rows)
    asked = {key for (key, _value) in leads}
    for question in flow.questions:
        values = ([o.value for o in question.options] if question.kind != MUNICIPALITY
                  else list(dict.fromkeys(v for (k, v) in leads if k == question.key)))
        labels = {o.value: o.label for o in question.options}
        review.questions.append(QuestionReview(
            key=question.key, kind=question.kind, text=texts(question.text), hint=texts(question.hint),
            options=[OptionReview(
                value=value, display=_value_label(question, value, directory),
                labels=texts(labels.get(value, "")) if question.kind != MUNICIPALITY else [],
                leads_to=leads.get((question.key, value), []),
            ) for value in values],
            asked=question.key in asked,
        ))

    # One outcome group per outcome, reason and template variant; each rendered
    # from its first path, as the portal answers on the chosen date.
    groups: dict[tuple[str, str, str | None], list] = {}  # (outcome, reason, template variant) -> paths
    for row in rows:
        state = resolve(flow, dict(split_path(row["path"])), situation)
        if not state.complete:
            review.problems.append(gettext("Polku %(path)s ei päädy tulokseen tänä päivänä.") % {"path": row["path"]})
            continue
        with translation.override(SOURCE_LANGUAGE):
            payload = flow.payload(state, situation)
        key = (row["outcome"], row["reason"], flow.variant(state.result, payload))
        groups.setdefault(key, [state, payload, []])[2].append(row)
    for (outcome, reason, variant), (state, payload, group_rows) in groups.items():
        template, rendered = _render_outcome(flow, state, situation, request)
        review.outcomes.append(OutcomeReview(
            outcome=outcome, variant=variant, reason=reason, template=template,
            candidates=flow.outcome_templates(state.result, payload), rows=len(group_rows),
            example=group_rows[0]["path"], legal_basis=_citations(group_rows, directory), texts=rendered,
        ))
    review.outcomes.sort(key=lambda o: (o.outcome, o.reason, o.variant or ""))
    return review


def parse_review_date(value: str | None) -> tuple[datetime.date, str]:
    """(date, error message or "")."""
    if not value:
        return clock.today(), ""
    try:
        if len(value) != 10:
            raise ValueError
        return datetime.date.fromisoformat(value), ""
    except ValueError:
        return clock.today(), str(_("Anna päivämäärä muodossa VVVV-KK-PP."))


def review(request):
    """The review page (wrap in admin_view: any active staff user)."""
    day, error = parse_review_date(request.GET.get("date"))
    directory = get_directory()
    flows = [review_flow(flow, day, directory, request) for flow in registry.QUESTIONNAIRES]
    table_dates = sorted({r.table_date for r in flows if r.table_date})
    all_dates = sorted({datetime.date.fromisoformat(row["date"]) for flow in registry.QUESTIONNAIRES
                        for row in table_rows(flow)})
    context = {
        **admin.site.each_context(request),
        "title": _("Kyselyjen tarkistus"),
        "day": day,
        "date_error": error,
        "today": clock.today(),
        "table_dates": table_dates,
        "version_dates": all_dates,
        "flows": flows,
        "languages": REVIEW_LANGUAGES,
    }
    return TemplateResponse(request, "admin/review.html", context, status=400 if error else 200)
