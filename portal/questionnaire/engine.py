"""The questionnaire engine: flow declarations, answer parsing and the path through a flow.

A flow declares its questions and texts; the routing comes from the rules: the next page is
whatever `rules.next_question` says the assessment needs. Answers live in the query string,
keyed by question id, so the whole state of a questionnaire is its URL (nothing is stored).

Resolving a query string walks the rules one question at a time, feeding in the answers given;
the walk stops at the first question whose answer is missing or invalid (the furthest
reachable question) or at a result. Answers that are still on the path are kept whatever the
order they were given in, so changing an early answer keeps the later ones that still apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy as _

from .. import clock, rules
from ..directory import Directory, MunicipalityInfo, get_directory

CHOICE = "choice"
MUNICIPALITY = "municipality"
MAX_ANSWER_LENGTH = 100
SUBMIT_MARKER = "next"


@dataclass(frozen=True)
class Option:
    value: str
    label: str | Promise
    hint: str | Promise = ""


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    text: str | Promise  # the page's <h1>: the legend of the radios or the label of the input
    hint: str | Promise = ""
    summary: str | Promise = ""  # short name in "Vastauksesi"; the question text when empty
    options: tuple[Option, ...] = ()
    missing_error: str | Promise = ""

    @property
    def summary_label(self):
        return self.summary or self.text

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


@dataclass(frozen=True)
class Flow:
    slug: str
    title: str | Promise
    assess: Callable
    rule_questions: Mapping[str, tuple[str, ...] | None]
    questions: tuple[Question, ...]
    start_template: str
    result_template: str
    # Plain-language condition of a "depends" branch, e.g. ("earnings_related", "no") -> "if ...".
    conditions: Mapping[tuple[str, str], str | Promise] = field(default_factory=dict)
    # (state, situation) -> extra context for the result template, e.g. links into another flow.
    extra_result_context: Callable | None = None

    def __post_init__(self):
        declared = {q.key: (None if q.kind == MUNICIPALITY else tuple(o.value for o in q.options))
                    for q in self.questions}
        if declared != dict(self.rule_questions) or [q.key for q in self.questions] != list(self.rule_questions):
            raise ValueError(f"flow {self.slug!r} does not declare exactly the questions the rules ask")

    @property
    def by_key(self) -> dict[str, Question]:
        return {q.key: q for q in self.questions}

    def url_name(self, page: str) -> str:
        return f"portal:{self.slug}_{page}"

    def start_url(self, answers: Mapping[str, str] | None = None) -> str:
        return with_query(reverse(self.url_name("start")), answers)

    def question_url(self, key: str, answers: Mapping[str, str] | None = None, **extra) -> str:
        return with_query(reverse(self.url_name("question"), args=[key]), {**(answers or {}), **extra})

    def result_url(self, answers: Mapping[str, str] | None = None) -> str:
        return with_query(reverse(self.url_name("result")), answers)


def with_query(url: str, params: Mapping[str, str] | None) -> str:
    return f"{url}?{urlencode(list(params.items()))}" if params else url


# --- answers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """One parsed query-string value: valid (`value` for the rules, `canonical` for the URL) or not."""

    raw: str
    value: object = None
    canonical: str = ""
    error: str = ""
    suggestions: tuple[MunicipalityInfo, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.error and self.value is not None

    @property
    def echo(self) -> str:
        """What the page may show of an invalid value: never an overlong one."""
        return "" if len(self.raw) > MAX_ANSWER_LENGTH else self.raw

    @property
    def url_value(self) -> str:
        # An overlong value is cut, but stays overlong (so still invalid) in the redirected URL.
        return self.canonical if self.valid else self.raw[: MAX_ANSWER_LENGTH + 1]


MISSING = Answer(raw="")


def parse_answer(question: Question, raw: str | None, *, directory: Directory, day: date) -> Answer:
    raw = (raw or "").strip()
    if not raw:
        return MISSING
    if len(raw) > MAX_ANSWER_LENGTH:
        if question.kind == MUNICIPALITY:
            return Answer(raw, error=gettext("Teksti on liian pitkä. Kirjoita kunnan nimi tai kuntanumero."))
        return Answer(raw, error=gettext("Valitse yksi annetuista vaihtoehdoista."))
    if question.kind == MUNICIPALITY:
        info = directory.find(raw)
        if info is None:
            suggestions = tuple(directory.suggest(raw))
            if suggestions:
                message = gettext("Kuntaa ”%(name)s” ei löytynyt. Tarkista nimen kirjoitusasu.")
            else:
                message = gettext("Kuntaa ”%(name)s” ei löytynyt. Kirjoita kunnan nimi suomeksi tai "
                                  "ruotsiksi tai kolminumeroinen kuntanumero.")
            return Answer(raw, error=message % {"name": raw}, suggestions=suggestions)
        return Answer(raw, value=info.place(day), canonical=info.code)
    if question.option(raw) is None:
        return Answer(raw, error=gettext("Valitse yksi annetuista vaihtoehdoista."))
    return Answer(raw, value=raw, canonical=raw)


def missing_error(question: Question) -> str:
    if question.missing_error:
        return str(question.missing_error)
    if question.kind == MUNICIPALITY:
        return gettext("Kirjoita kunnan nimi tai kuntanumero.")
    return gettext("Valitse yksi vaihtoehto.")


# --- the path ----------------------------------------------------------------------------------

@dataclass
class Situation:
    """Everything an assessment depends on besides the answers: the data and the date."""

    directory: Directory
    period: rules.Period
    today: date

    @property
    def day(self) -> date:
        """The date the rules are evaluated on (today clamped into the trial period)."""
        return rules.effective_date(self.period, self.today)

    @classmethod
    def current(cls) -> Situation | None:
        directory = get_directory()
        period = directory.period
        if period is None:
            return None
        return cls(directory, period, clock.today())


@dataclass
class State:
    flow: Flow
    answers: dict[str, Answer]  # every question key, parsed from the query string
    path: list[str]  # keys the rules asked, in order; the last is `current` when unfinished
    current: str | None  # the furthest reachable question, or None when the result is reached
    result: rules.Result | None

    @property
    def complete(self) -> bool:
        return self.current is None

    @property
    def current_answer(self) -> Answer:
        return self.answers[self.current] if self.current else MISSING

    def canonical(self, *, include_current: bool = True) -> dict[str, str]:
        """The answers worth keeping in URLs, in question order.

        The answers on the path; when unfinished also the valid answers to questions after the
        furthest one (they may still be asked) and the invalid value of the furthest one itself
        (so that its page can show the error).
        """
        order = [q.key for q in self.flow.questions]
        position = order.index(self.current) if self.current else len(order)
        kept = {}
        for index, key in enumerate(order):
            answer = self.answers[key]
            if key == self.current:
                if include_current and answer.raw:
                    kept[key] = answer.url_value
            elif answer.valid and (key in self.path or index > position):
                kept[key] = answer.canonical
        return kept

    def answers_without(self, key: str) -> dict[str, str]:
        return {k: v for k, v in self.canonical().items() if k != key}

    def furthest_url(self) -> str:
        if self.complete:
            return self.flow.result_url(self.canonical())
        return self.flow.question_url(self.current, self.canonical())

    def previous_url(self, key: str | None) -> str:
        """The back link: the question before `key` (None: the result), or the start page."""
        index = self.path.index(key) if key else len(self.path)
        answers = self.canonical(include_current=False)  # an invalid value is not worth carrying back
        if index == 0:
            return self.flow.start_url(answers)
        return self.flow.question_url(self.path[index - 1], answers)

    def rules_answers(self) -> dict[str, object]:
        return {key: self.answers[key].value for key in self.path if self.answers[key].valid}


def resolve(flow: Flow, query: Mapping[str, str], situation: Situation) -> State:
    """Walk the rules with the answers of `query` until they need an answer it lacks."""
    answers = {
        q.key: parse_answer(q, query.get(q.key), directory=situation.directory, day=situation.day)
        for q in flow.questions
    }
    given: dict[str, object] = {}
    path: list[str] = []
    while True:
        key = rules.next_question(flow.assess, given, period=situation.period, on=situation.today)
        if key is None:
            result = flow.assess(given, period=situation.period, on=situation.today)
            return State(flow, answers, path, None, result)
        if key in path:
            raise RuntimeError(f"the rules asked {key!r} twice")  # a bug in the rules, not bad input
        path.append(key)
        if not answers[key].valid:
            return State(flow, answers, path, key, None)
        given[key] = answers[key].value


def first_question(flow: Flow, situation: Situation) -> str:
    return resolve(flow, {}, situation).current
