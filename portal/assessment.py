"""Raw answers (strings, keyed by question) in, a rules Result out.

The adapter between the outside world and portal.rules: it checks every key and value (even ones
the rules will not need for these answers), resolves municipalities by code or Finnish or Swedish
name through the data snapshot, takes the trial period from the data and the date from the clock.
Error messages are one line in English: they are for staff and the `assess` command, not citizens.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date

from . import clock
from .directory import Directory, get_directory
from .rules import DateNotCovered, InvalidAnswer, MissingAnswer, Period, Place, Result, evaluation_date


class AssessmentError(Exception):
    """Something the caller must fix; str() is one line that names it."""


class AnswerError(AssessmentError):
    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key


def assess(questionnaire: str, raw_answers: Mapping[str, object], *, on: date | None = None,
           directory: Directory | None = None) -> Result:
    """The result for `raw_answers` on `on` (default: today)."""
    from .questionnaire.registry import SLUGS, get

    if questionnaire not in SLUGS:
        raise AssessmentError(f"unknown questionnaire {quote(questionnaire)} (choose one of: {', '.join(SLUGS)})")
    flow = get(questionnaire)
    rules, questions = flow.assess, flow.rule_questions
    directory = directory or get_directory()
    # A flow that never asks about the trial (date policy TODAY) works without the trial period.
    period = trial_period(directory) if flow.date_policy.needs_trial_period else directory.period
    on = on or clock.today()
    day = evaluation_date(period, on) if period else on
    answers = resolve_answers(questions, raw_answers, directory=directory, on=day)
    try:
        return rules(answers, period=period, on=on)
    except DateNotCovered as not_covered:
        raise AssessmentError(f"questionnaire {quote(questionnaire)} {not_covered}") from None
    except MissingAnswer as missing:
        raise AnswerError(missing.key, f"missing answer for key {quote(missing.key)}") from None
    except InvalidAnswer as invalid:  # resolve_answers checked every value, so this is a bug
        raise AnswerError(invalid.key, f"invalid value for key {quote(invalid.key)}") from None


def trial_period(directory: Directory) -> Period:
    period = directory.period
    if period is None:
        raise AssessmentError(
            "no trial period in the database (run `manage.py load_portal_data` or add it in the admin)")
    return period


def places_on(directory: Directory, day: date) -> dict[str, Place]:
    """Every municipality, by the code given, as the rules see it on `day` (an evaluation date:
    rules.evaluation_date), a merged municipality as the one it had joined by then."""
    return {code: directory.place(code, day) for code in directory.municipalities}


def resolve_answers(questions: Mapping[str, tuple[str, ...] | None], raw_answers: Mapping[str, object], *,
                    directory: Directory, on: date) -> dict[str, object]:
    """The rules' answers for `raw_answers`; AnswerError on the first bad key or value."""
    return {key: resolve_answer(questions, key, value, directory=directory, on=on)
            for key, value in raw_answers.items()}


def resolve_answer(questions: Mapping[str, tuple[str, ...] | None], key: str, value: object, *,
                   directory: Directory, on: date) -> object:
    """`value` checked against its question; a municipality becomes a Place on the date `on`
    (an evaluation date), a merged one the municipality it had joined by then."""
    if key not in questions:
        raise AnswerError(key, f"unknown key {quote(key)} (known keys: {', '.join(questions)})")
    if not isinstance(value, str):
        raise AnswerError(key, f"value for key {quote(key)} must be a string, not {quote(value)}")
    allowed = questions[key]
    if allowed is None:
        municipality = directory.find(value)
        if municipality is None:
            raise AnswerError(key, f"unknown municipality {quote(value)} for key {quote(key)}"
                                   + _did_you_mean(directory, value))
        return directory.place(municipality.code, on)
    if value not in allowed:
        raise AnswerError(
            key, f"invalid value {quote(value)} for key {quote(key)} (allowed: {', '.join(allowed)})")
    return value


def _did_you_mean(directory: Directory, text: str) -> str:
    names = [municipality.name.fi for municipality in directory.suggest(text)]
    return f" (did you mean {' or '.join(names)}?)" if names else ""


def quote(value: object, limit: int = 60) -> str:
    """A value as JSON, shortened: quotes and line breaks escaped, so a message stays one line."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= limit else text[: limit - 1] + "…"
