"""Helpers for the questionnaire tests: a fixed date, URL builders and page parsing."""

import re
from datetime import date
from html import unescape
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from portal import clock
from portal.directory import get_directory
from portal.questionnaire.engine import MUNICIPALITY
from portal.questionnaire.urls import FLOWS
from portal.rules import effective_date, next_question

TODAY = date(2026, 11, 25)  # after the trial: the results describe its last rules
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
    """The data-* attributes of the result container."""
    match = re.search(r'<div class="result[^"]*"([^>]*)>', body(response))
    assert match, "no result container"
    return {name: unescape(value) for name, value in re.findall(r'data-([a-z-]+)="([^"]*)"', match.group(1))}


def links(response, css_class):
    return [unescape(href) for href in re.findall(rf'<a class="{css_class}" href="([^"]*)"', body(response))]


def change_links(response):
    return [unescape(href) for href in re.findall(r'<dd class="summary-list__action"><a href="([^"]*)"', body(response))]


# --- answers that reach each question, found by walking the rules themselves ----------------------

SAMPLE_CODES = ("405", "091", "837", "092", "245", "398", "285", "478")  # 478: Maarianhamina (AMS)


def rules_answers(flow, answers, directory, period):
    """String answers -> the values the rules take (municipality codes -> Places)."""
    day = effective_date(period, TODAY)
    places = {q.key for q in flow.questions if q.kind == MUNICIPALITY}
    return {key: directory.municipalities[value].place(day) if key in places else value
            for key, value in answers.items()}


def expected_next(flow, answers, directory, period):
    """The key of the next question the rules need after `answers`, or None for the result."""
    return next_question(flow.assess, rules_answers(flow, answers, directory, period), period=period, on=TODAY)


def walk(flow, directory, period, answers=None):
    """Yield (answers, next key or None) for every path through the flow, sample municipalities only."""
    answers = answers or {}
    key = expected_next(flow, answers, directory, period)
    yield answers, key
    if key is None:
        return
    question = flow.by_key[key]
    values = SAMPLE_CODES if question.kind == MUNICIPALITY else [o.value for o in question.options]
    for value in values:
        yield from walk(flow, directory, period, {**answers, key: value})


@pytest.fixture
def directory(db):
    return get_directory()


@pytest.fixture
def reaching(directory):
    """{(flow slug, key): the first answers found whose next question is `key`}."""
    found = {}
    for flow in FLOWS:
        for answers, key in walk(flow, directory, directory.period):
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
