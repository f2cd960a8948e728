"""The three pages of every questionnaire: start, one question, result. Generic over flows.

Forms use GET and the answers stay in the query string: no session, no cookie, no database
write, and nothing here logs. A page whose URL is not canonical (unknown parameters, names
instead of codes, answers the path no longer needs) redirects to the canonical one.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import get_language

from ..http import noindex, public_page
from .engine import (
    MUNICIPALITY, PERIOD_KEY, SUBMIT_MARKER, WHEN_KEY, WHEN_TRIAL, Flow, State, Situation, first_question,
    missing_error, not_answered_until, period_question, resolve,
)
from .forms import DATALIST_ID, QuestionForm
from .results import result_context


def _situation_or_unavailable(request, flow: Flow):
    situation = Situation.current()
    if situation.period is None and flow.date_policy.needs_trial_period:
        # No trial period in the data: staff must add one before the rules can answer.
        return None, render(request, "questionnaire/unavailable.html", status=503)
    first = not_answered_until(flow, situation)
    if first is not None:
        # The rules answer only from a later date (a flow about today's authorities, on a day
        # before they existed): say so instead of guessing with another date's rules.
        return None, noindex(render(request, "questionnaire/not_covered.html", {"flow": flow, "first": first},
                                    status=404))
    return situation, None


def _is_canonical(request, state: State, *, submitted_with_error: bool = False) -> bool:
    given = [(key, value) for key, values in request.GET.lists() for value in values]
    expected = list(state.canonical().items())
    if submitted_with_error:
        # The error page keeps the submission marker, so that a reload shows the error again;
        # hidden inputs come before the field, so the order is whatever the form sent.
        return sorted(given) == sorted([*expected, (SUBMIT_MARKER, "1")])
    return given == expected


def _redirect(url: str):
    return noindex(HttpResponseRedirect(url))


@public_page
def start(request, flow: Flow):
    situation, unavailable = _situation_or_unavailable(request, flow)
    if unavailable:
        return unavailable
    state = resolve(flow, request.GET, situation)
    # Only valid answers are passed on: a pre-filled link never starts with an error.
    prefilled = {key: value for key, value in state.canonical().items()
                 if key != WHEN_KEY and state.answers[key].valid}
    when = {WHEN_KEY: state.when} if state.when else {}
    context = {"flow": flow, "when": state.when,
               "start_url": flow.question_url(first_question(flow, situation, state.when), {**when, **prefilled})}
    if flow.date_policy.trial_on_request and not state.when:
        trial = {WHEN_KEY: WHEN_TRIAL, **prefilled}
        context["trial_url"] = flow.question_url(first_question(flow, situation, WHEN_TRIAL), trial)
    return render(request, f"questionnaire/{flow.slug}/start.html", context)


@public_page
def question(request, flow: Flow, key: str):
    situation, unavailable = _situation_or_unavailable(request, flow)
    if unavailable:
        return unavailable
    question_ = flow.question(key, situation)
    if question_ is None:
        raise Http404("unknown question")
    state = resolve(flow, request.GET, situation)
    if key == PERIOD_KEY:
        question_ = period_question(situation, state.period_groups)  # the choices this path needs
    submitted = SUBMIT_MARKER in request.GET
    if key not in state.path:
        return _redirect(state.furthest_url())
    answer = state.answers[key]
    if key != state.current:  # answered already: a change, or a submission to move on from
        if submitted:
            return _redirect(state.furthest_url())
        show_error = False
    else:
        # A missing answer is an error once submitted; an invalid one in the URL always is.
        show_error = submitted or bool(answer.raw)
    if not _is_canonical(request, state, submitted_with_error=submitted and show_error):
        extra = {SUBMIT_MARKER: "1"} if submitted and show_error else {}
        return _redirect(flow.question_url(key, state.canonical(), **extra))

    error = (answer.error or missing_error(question_)) if show_error else ""
    form = QuestionForm(question_, answer=answer, show_error=show_error, error=error,
                        display=_display_value(question_, answer, situation))
    context = {
        "flow": flow,
        "question": question_,
        "form": form,
        "error": error,
        "suggestions": [
            {"name": info.name.get(), "url": flow.question_url(key, state.answers_without(key),
                                                               **{key: info.code, SUBMIT_MARKER: "1"})}
            for info in (answer.suggestions if show_error else ())
        ],
        "action_url": flow.question_url(key),
        "hidden_answers": list(state.answers_without(key).items()),
        "back_url": state.previous_url(key),
        "when": state.when,
        "span": (situation.period.start, situation.period.end) if state.when and situation.period else None,
        "whole_trial": True,  # a question page's span is the whole trial
    }
    if question_.kind == MUNICIPALITY:
        language = (get_language() or "fi")[:2]
        context["datalist_id"] = DATALIST_ID
        context["municipality_names"] = [
            info.name.get(language) for info in situation.directory.sorted_municipalities(language)
        ]
    return noindex(render(request, "questionnaire/question.html", context))


def _display_value(question_, answer, situation) -> str:
    if not answer.valid:
        return ""
    if question_.kind == MUNICIPALITY:
        return situation.directory.municipalities[answer.canonical].name.get()
    return answer.canonical


@public_page
def result(request, flow: Flow):
    situation, unavailable = _situation_or_unavailable(request, flow)
    if unavailable:
        return unavailable
    state = resolve(flow, request.GET, situation)
    if not state.complete:
        return _redirect(state.furthest_url())
    if not _is_canonical(request, state):
        return _redirect(flow.result_url(state.canonical()))
    return noindex(render(request, "questionnaire/result.html", result_context(state, situation)))
