"""Helpers for the questionnaire tests: a fixed date, URL builders and page parsing."""

import re
from datetime import date
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from portal import clock
from portal.directory import get_directory
from portal.questionnaire.engine import MUNICIPALITY
from portal.questionnaire.registry import QUESTIONNAIRES as FLOWS
from portal.rules import DateNotCovered, evaluation_date, next_question

TODAY = date(2026, 11, 25)  # after the trial: today's answers are about the employment areas
TRIAL_DAY = date(2023, 6, 1)  # inside the trial, after every rule change that adds a question
LANGUAGES = ("fi", "sv", "en")
FLOW_BY_SLUG = {flow.slug: flow for flow in FLOWS}


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def url(language, flow, page, answers=None, **extra):
    """/<language>/<flow>/<page>/?answers..., page "" for the start page."""
    path = f"/{language}/{flow}/" + (f"{page}/" if page else "")
    params = {**(answers or {}), **extra}
    return f"{path}?{urlencode(params)}" if params else path


def split(location):
    """(path, {param: value}) of a URL, to compare redirects without caring about encoding."""
    parts = urlsplit(location)
    return parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))


def body(response):
    return response.content.decode()


def data_attributes(response):
    """The result in the decision table's format (the response context: no HTML parsing)."""
    assert response.context is not None and "data_attributes" in response.context, "not a result page"
    return response.context["data_attributes"]


def links(response, css_class):
    return [unescape(href) for href in re.findall(rf'<a class="{css_class}" href="([^"]*)"', body(response))]


def change_links(response):
    return [unescape(href) for href in re.findall(r'<dd class="summary-list__action"><a href="([^"]*)"', body(response))]


# --- answers that reach each question, found by walking the rules themselves ----------------------

# 478: Maarianhamina (AMS); 588: Pertunmaa (joined Mäntyharju 507 on 1.1.2025)
SAMPLE_CODES = ("405", "091", "837", "092", "245", "398", "285", "478", "588")


def rules_answers(flow, answers, directory, period, on=TODAY):
    """String answers -> the values the rules take (municipality codes -> Places)."""
    day = evaluation_date(period, on)
    places = {q.key for q in flow.questions if q.kind == MUNICIPALITY}
    return {key: directory.place(value, day) if key in places else value for key, value in answers.items()}


def expected_next(flow, answers, directory, period, on=TODAY):
    """The key of the next question the rules need after `answers` on `on`, or None for the result."""
    return next_question(flow.assess, rules_answers(flow, answers, directory, period, on), period=period, on=on)


def walk(flow, directory, period, answers=None, on=TODAY):
    """Yield (answers, next key or None) for every path through the flow on `on`, sample municipalities only."""
    answers = answers or {}
    key = expected_next(flow, answers, directory, period, on)
    yield answers, key
    if key is None:
        return
    question = flow.by_key[key]
    values = SAMPLE_CODES if question.kind == MUNICIPALITY else [o.value for o in question.options]
    for value in values:
        yield from walk(flow, directory, period, {**answers, key: value}, on)


def answering_day(flow, period):
    """TRIAL_DAY when the flow's rules answer for it (then every question can be asked without
    `when=trial`), else TODAY (a flow about today's authorities only)."""
    try:
        next_question(flow.assess, {}, period=period, on=TRIAL_DAY)
    except DateNotCovered:
        return TODAY
    return TRIAL_DAY


@pytest.fixture
def directory(db):
    return get_directory()


@pytest.fixture
def reaching(directory):
    """{(flow slug, key): the first answers found whose next question is `key`, during the trial
    (today for a flow that answers only from a later date: answering_day)}."""
    found = {}
    for flow in FLOWS:
        for answers, key in walk(flow, directory, directory.period, on=answering_day(flow, directory.period)):
            if key is not None:
                found.setdefault((flow.slug, key), answers)
    return found


def every_question_value():
    """(flow slug, key, value) for every option of every question; sample municipalities."""
    return [
        pytest.param(flow.slug, q.key, value, id=f"{flow.slug}-{q.key}-{value}")
        for flow in FLOWS
        for q in flow.questions
        for value in (SAMPLE_CODES if q.kind == MUNICIPALITY else [o.value for o in q.options])
    ]
