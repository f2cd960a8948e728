"""The questionnaire engine: flow declarations, answer parsing, the date policy and the path.

A flow declares its questions and texts; the routing comes from the rules: the next page is
whatever `rules.next_question` says the assessment needs. Answers live in the query string,
keyed by question id, so the whole state of a questionnaire is its URL (nothing is stored).

Time (ADR 0010). Every answer is about a date. A flow's `DatePolicy` says which: TODAY (the
date in question is today) or TODAY_OR_TRIAL (today unless the visitor asks about the trial
period with `when=trial`). For the trial period the engine walks the rules for every trial rule
period (`rules.trial_rule_periods`) in parallel, and asks the PERIOD question ("which period?",
a choice of date ranges) only at the first point where the next question or the result differs
between them. A link carrying answers that today's rules do not use (a link bookmarked before
the trial ended) is read as a question about the trial period.

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
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import get_language, gettext, gettext_lazy as _

from .. import clock, rules
from ..decision_table import explore
from ..directory import Directory, MunicipalityInfo, get_directory

CHOICE = "choice"
MUNICIPALITY = "municipality"
PERIOD = "period"  # the engine's own question: which trial rule period
MAX_ANSWER_LENGTH = 100
SUBMIT_MARKER = "next"
WHEN_KEY = "when"
WHEN_TRIAL = "trial"
PERIOD_KEY = "period"


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
    trial_summary: str | Promise = ""  # the same about the trial (past tense), when it differs
    options: tuple[Option, ...] = ()
    missing_error: str | Promise = ""

    @property
    def summary_label(self):
        return self.summary or self.text

    def option(self, value: str) -> Option | None:
        return next((option for option in self.options if option.value == value), None)


@dataclass(frozen=True)
class DatePolicy:
    """Which date a flow's answers are about.

    `trial_on_request`: today first; `when=trial` (or a deep link with trial answers) asks about
    the trial period instead, with the rule period asked when the answer depends on it. Flows
    with it need the trial period in the data; flows without it never do.
    """

    trial_on_request: bool = False

    @property
    def needs_trial_period(self) -> bool:
        return self.trial_on_request


TODAY = DatePolicy()
TODAY_OR_TRIAL = DatePolicy(trial_on_request=True)


@dataclass(frozen=True)
class Flow:
    """One questionnaire: its questions and texts; routing from `assess`; outcomes by name.

    `payload(state, situation) -> dict` gives the result templates everything they show (names,
    dates, links), so templates render and never decide. The outcome template is picked by name:
    `questionnaire/<slug>/outcomes/<outcome>/<variant>.html`, else `.../outcomes/<outcome>.html`,
    where `variant(result, payload)` is for example the reason of a "not_client" result.
    """

    slug: str
    title: str | Promise
    position: int  # order in the navigation and on the start page (smallest first)
    assess: Callable
    rule_questions: Mapping[str, tuple[str, ...] | None]
    questions: tuple[Question, ...]
    date_policy: DatePolicy
    payload: Callable
    variant: Callable[[rules.Result, dict], str | None]  # (result, payload) -> the template variant
    outcomes: tuple[str, ...]  # every outcome the rules can give (the tests render each)
    card_text: str | Promise = ""  # the start page's card
    card_button: str | Promise = ""
    municipality_key: str = ""  # the question a municipality page pre-fills
    municipality_link: str | Promise = ""  # its link text, with %(name)s
    # Plain-language condition of a "depends" branch, e.g. ("earnings_related", "no") -> "...".
    conditions: Mapping[tuple[str, str], str | Promise] = field(default_factory=dict)
    # The committed decision table: its starting answers on each date (decision_table.Samples) and
    # its columns (decision_table.COLUMNS, plus "move_kind" for a move).
    table_samples: Callable | None = None
    table_columns: tuple[str, ...] = ()

    def __post_init__(self):
        declared = {q.key: (None if q.kind == MUNICIPALITY else tuple(o.value for o in q.options))
                    for q in self.questions}
        if declared != dict(self.rule_questions) or [q.key for q in self.questions] != list(self.rule_questions):
            raise ValueError(f"flow {self.slug!r} does not declare exactly the questions the rules ask")
        if {WHEN_KEY, PERIOD_KEY} & set(declared):
            raise ValueError(f"flow {self.slug!r} uses a key the engine keeps for itself")

    @property
    def by_key(self) -> dict[str, Question]:
        return {q.key: q for q in self.questions}

    def question(self, key: str, situation: Situation | None = None) -> Question | None:
        """A question page's question: the flow's own, or the engine's period question."""
        if key == PERIOD_KEY and self.date_policy.trial_on_request:
            return period_question(situation) if situation else None
        return self.by_key.get(key)

    def url_name(self, page: str) -> str:
        return f"portal:{self.slug}_{page}"

    def start_url(self, answers: Mapping[str, str] | None = None) -> str:
        return with_query(reverse(self.url_name("start")), answers)

    def question_url(self, key: str, answers: Mapping[str, str] | None = None, **extra) -> str:
        return with_query(reverse(self.url_name("question"), args=[key]), {**(answers or {}), **extra})

    def result_url(self, answers: Mapping[str, str] | None = None) -> str:
        return with_query(reverse(self.url_name("result")), answers)

    def outcome_templates(self, result: rules.Result, payload: dict) -> list[str]:
        folder = f"questionnaire/{self.slug}/outcomes/{result.outcome}"
        variant = self.variant(result, payload)
        return ([f"{folder}/{variant}.html"] if variant else []) + [f"{folder}.html"]


def with_query(url: str, params: Mapping[str, str] | None) -> str:
    return f"{url}?{urlencode(list(params.items()))}" if params else url


# --- the period question -------------------------------------------------------------------------

# A day as written in each language: 1.1.2025 in Finnish and Swedish, 1 January 2025 in English.
DAY_FORMATS = {"fi": "j.n.Y", "sv": "j.n.Y", "en": "j F Y"}


def format_day(value: date | None) -> str:
    """`value` in the active language's day format ("" for None); the `day` template filter."""
    if value is None:
        return ""
    return date_format(value, DAY_FORMATS.get((get_language() or "fi")[:2], "j.n.Y"))


def period_label(start: date, end: date) -> str:
    """"1.6.2021–31.12.2022"; in English "1 June 2021 – 31 December 2022" (spaced: dates with spaces)."""
    dash = " – " if (get_language() or "fi")[:2] == "en" else "–"
    return f"{format_day(start)}{dash}{format_day(end)}"


# What changed on the first day of each trial rule version (rules.TRIAL_RULE_VERSIONS), as the
# option hints of the period question; test_time.py fails when a version has none.
PERIOD_HINTS = {
    rules.TRIAL_RULE_VERSIONS[0]: _("Kokeilu alkoi."),
    rules.GROUPS_COUNT_IN_EVERY_STATUS_FROM: _("Alle 30-vuotiaat ja vieraskieliset tulivat asiakkaiksi myös "
                                               "palveluissa ja palkkatuetussa työssä, ja asiakas saattoi pyytää "
                                               "siirtoa takaisin."),
    rules.AT_RISK_INCLUDED_FROM: _("Myös työnhakijat, jotka olivat jäämässä työttömäksi, tulivat asiakkaiksi."),
    rules.CHANGE_SECURITY_FROM: _("Irtisanotut 55 vuotta täyttäneet, joilla oli muutosturva, jäivät "
                                  "TE-toimiston asiakkaiksi."),
    rules.TEMPORARY_PROTECTION_FROM: _("Tilapäistä suojelua saavat, joilla ei ollut kotikuntaa, tulivat "
                                       "asiakkaiksi asuinkunnassaan."),
}


def period_question(situation: Situation, groups=None) -> Question:
    """"Which period?": one option per run of trial rule periods (each period when `groups` is
    None), valued by its first day (ISO), labelled with its dates."""
    groups = groups or tuple((p,) for p in situation.rule_periods)
    return Question(
        key=PERIOD_KEY,
        kind=PERIOD,
        text=_("Mitä ajanjaksoa kysymyksesi koskee?"),
        summary=_("Ajanjakso"),
        hint=_("Kokeilun säännöt muuttuivat kokeilun aikana, ja vastauksesi riippuu siitä, mitkä säännöt "
               "olivat voimassa. Valitse ajanjakso, jolloin tilanteesi oli sellainen kuin kerroit."),
        options=tuple(Option(g[0].start.isoformat(), period_label(g[0].start, g[-1].end),
                             PERIOD_HINTS.get(g[0].version, "")) for g in groups),
    )


# --- answers ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    """One parsed query-string value: valid (`canonical`: the option or municipality code) or not."""

    raw: str
    canonical: str = ""
    error: str = ""
    suggestions: tuple[MunicipalityInfo, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.error and bool(self.canonical)

    @property
    def echo(self) -> str:
        """What the page may show of an invalid value: never an overlong one."""
        return "" if len(self.raw) > MAX_ANSWER_LENGTH else self.raw

    @property
    def url_value(self) -> str:
        # An overlong value is cut, but stays overlong (so still invalid) in the redirected URL.
        return self.canonical if self.valid else self.raw[: MAX_ANSWER_LENGTH + 1]


MISSING = Answer(raw="")


def parse_answer(question: Question, raw: str | None, *, directory: Directory) -> Answer:
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
        return Answer(raw, canonical=info.code)
    if question.option(raw) is None:
        return Answer(raw, error=gettext("Valitse yksi annetuista vaihtoehdoista."))
    return Answer(raw, canonical=raw)


def missing_error(question: Question) -> str:
    if question.missing_error:
        return str(question.missing_error)
    if question.kind == MUNICIPALITY:
        return gettext("Kirjoita kunnan nimi tai kuntanumero.")
    return gettext("Valitse yksi vaihtoehto.")


# --- the path ----------------------------------------------------------------------------------

@dataclass
class Situation:
    """Everything an assessment depends on besides the answers: the data and today's date."""

    directory: Directory
    period: rules.Period | None
    today: date

    @property
    def rule_periods(self) -> tuple[rules.RulePeriod, ...]:
        return rules.trial_rule_periods(self.period) if self.period else ()

    def place(self, code: str, on: date) -> rules.Place:
        """The municipality `code` as the rules see it for the date in question `on`."""
        day = rules.evaluation_date(self.period, on) if self.period else on
        return self.directory.place(code, day)

    @classmethod
    def current(cls) -> Situation:
        directory = get_directory()
        return cls(directory, directory.period, clock.today())


def not_answered_until(flow: Flow, situation: Situation, on: date | None = None) -> date | None:
    """None when `flow`'s rules answer for the date `on` (default: today); otherwise the first date
    they answer for (they raise rules.DateNotCovered, e.g. today's authorities asked about a day
    before 1.1.2025). Rules check the date before any answer, so no answers are needed here."""
    try:
        rules.next_question(flow.assess, {}, period=situation.period, on=on or situation.today)
    except rules.DateNotCovered as not_covered:
        return not_covered.first
    return None


@dataclass(frozen=True)
class Step:
    """What the rules do next on one date: ask `key`, or give `result` (key None)."""

    on: date
    key: str | None
    result: rules.Result | None = None

    @property
    def signature(self):
        return self.key if self.key else ("result", self.result.decision)


@dataclass
class State:
    flow: Flow
    answers: dict[str, Answer]  # every question key (and the period), parsed from the query string
    path: list[str]  # keys asked, in order; the last is `current` when unfinished
    current: str | None  # the furthest reachable question, or None when the result is reached
    when: str | None = None  # WHEN_TRIAL: the visitor asks about the trial period
    steps: tuple[Step, ...] = ()  # complete: the result on each date it holds for
    periods: tuple[rules.RulePeriod, ...] = ()  # trial: the rule periods the result holds for
    # where the period is asked: the choices, each a run of periods that answer alike from there on
    period_groups: tuple[tuple[rules.RulePeriod, ...], ...] = ()

    @property
    def complete(self) -> bool:
        return self.current is None

    @property
    def result(self) -> rules.Result | None:
        """The result (the latest of the periods it holds for, so it cites the act as last amended)."""
        return self.steps[-1].result if self.steps else None

    @property
    def results(self) -> tuple[rules.Result, ...]:
        return tuple(step.result for step in self.steps)

    def canonical(self, *, include_current: bool = True) -> dict[str, str]:
        """The answers worth keeping in URLs: `when` first, then the questions, then the period.

        The answers on the path; when unfinished also the valid answers to questions after the
        furthest one (they may still be asked) and the invalid value of the furthest one itself
        (so that its page can show the error).
        """
        order = [q.key for q in self.flow.questions]
        asked = [key for key in self.path if key != PERIOD_KEY]
        # Questions declared after the last one asked may still be asked (the rules ask in order).
        position = len(order) if self.complete else (order.index(asked[-1]) if asked else -1)
        kept = {WHEN_KEY: self.when} if self.when else {}
        for index, key in enumerate([*order, PERIOD_KEY]):
            answer = self.answers[key]
            if key == self.current:
                if include_current and answer.raw:
                    kept[key] = answer.url_value
                continue
            may_come = not self.complete and (bool(self.when) if key == PERIOD_KEY else index > position)
            if answer.valid and (key in self.path or may_come):
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

    def rules_answers(self, situation: Situation, on: date) -> dict[str, object]:
        """The answers on the path as the rules take them on `on` (municipalities as Places)."""
        return _rules_answers(self.flow, {key: self.answers[key].canonical for key in self.path
                                          if key != PERIOD_KEY and self.answers[key].valid},
                              situation, on)


def _rules_answers(flow: Flow, given: Mapping[str, str], situation: Situation, on: date) -> dict[str, object]:
    questions = flow.by_key
    return {key: situation.place(value, on) if questions[key].kind == MUNICIPALITY else value
            for key, value in given.items()}


def _step(flow: Flow, given: Mapping[str, str], situation: Situation, on: date) -> Step:
    answers = _rules_answers(flow, given, situation, on)
    key = rules.next_question(flow.assess, answers, period=situation.period, on=on)
    if key is not None:
        return Step(on, key)
    return Step(on, None, flow.assess(answers, period=situation.period, on=on))


def resolve(flow: Flow, query: Mapping[str, str], situation: Situation) -> State:
    """Walk the rules with the answers of `query` until they need an answer it lacks."""
    answers = {q.key: parse_answer(q, query.get(q.key), directory=situation.directory) for q in flow.questions}
    trial_possible = flow.date_policy.trial_on_request and situation.period is not None
    answers[PERIOD_KEY] = (parse_answer(period_question(situation), query.get(PERIOD_KEY),
                                        directory=situation.directory) if trial_possible else MISSING)
    if trial_possible and query.get(WHEN_KEY) == WHEN_TRIAL:
        return _walk(flow, answers, situation, WHEN_TRIAL)
    today = _walk(flow, answers, situation, None)
    if trial_possible and rules.regime(situation.today) == rules.EMPLOYMENT_AREAS:
        # A link from before 1.1.2025 carries answers that only the trial's rules ask: it asks about the trial.
        unused = [key for key, answer in answers.items() if answer.valid and key not in today.path]
        if unused:
            return _walk(flow, answers, situation, WHEN_TRIAL)
    return today


def _walk(flow: Flow, answers: dict[str, Answer], situation: Situation, when: str | None) -> State:
    if when == WHEN_TRIAL:
        live = list(situation.rule_periods)
    else:
        live = [None]  # today only
    given: dict[str, str] = {}
    path: list[str] = []
    groups: tuple[tuple[rules.RulePeriod, ...], ...] = ()
    while True:
        steps = [_step(flow, given, situation, p.start if p else situation.today) for p in live]
        if len({step.signature for step in steps}) > 1:
            # The rule periods part ways here: ask which one, offering the periods that answer
            # alike from here on as one choice.
            path.append(PERIOD_KEY)
            groups = _period_groups(flow, given, situation, live)
            chosen = answers[PERIOD_KEY]
            group = next((g for g in groups if chosen.canonical in {p.start.isoformat() for p in g}), None)
            if group is None:
                return State(flow, answers, path, PERIOD_KEY, when, period_groups=groups)
            answers[PERIOD_KEY] = Answer(chosen.raw, canonical=group[0].start.isoformat())
            live = list(group)
            continue
        key = steps[0].key
        if key is None:
            periods = tuple(p for p in live if p is not None)
            return State(flow, answers, path, None, when, tuple(steps), periods, groups)
        if key in path:
            raise RuntimeError(f"the rules asked {key!r} twice")  # a bug in the rules, not bad input
        path.append(key)
        if not answers[key].valid:
            return State(flow, answers, path, key, when, period_groups=groups)
        given[key] = answers[key].canonical


_FUTURES: dict[tuple, tuple] = {}


def _future(flow: Flow, given: Mapping[str, str], situation: Situation, on: date) -> tuple:
    """Every way the questionnaire can go on from `given` on `on`: the answers still to give and
    the decision each path ends in. Memoised per data version (a few hundred paths at most)."""
    key = (flow.slug, tuple(sorted(given.items())), on, situation.directory.version, situation.period)
    if key not in _FUTURES:
        if len(_FUTURES) > 4096:
            _FUTURES.clear()
        answers = _rules_answers(flow, given, situation, on)
        _FUTURES[key] = tuple(
            (tuple((k, v) for k, v in path.items() if k not in given), result.decision)
            for path, result in explore(flow.assess, flow.rule_questions, answers, period=situation.period, on=on)
        )
    return _FUTURES[key]


def _period_groups(flow: Flow, given: Mapping[str, str], situation: Situation,
                   live: list[rules.RulePeriod]) -> tuple[tuple[rules.RulePeriod, ...], ...]:
    """`live` split into runs of consecutive periods whose every continuation gives the same decision."""
    groups: list[list[rules.RulePeriod]] = []
    previous = None
    for rule_period in live:
        future = _future(flow, given, situation, rule_period.start)
        if groups and future == previous:
            groups[-1].append(rule_period)
        else:
            groups.append([rule_period])
        previous = future
    return tuple(tuple(group) for group in groups)


def first_question(flow: Flow, situation: Situation, when: str | None = None) -> str:
    return resolve(flow, {WHEN_KEY: when} if when else {}, situation).current
