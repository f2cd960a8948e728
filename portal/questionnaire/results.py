"""What a result page shows: the rules' Result with the area and TE office it names, the
branches of a "depends" result in plain words, and the "Vastauksesi" summary with change links."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext

from .. import rules
from ..decision_table import result_row
from ..directory import AreaInfo, Directory, TeOfficeInfo
from .engine import MUNICIPALITY, Flow, Situation, State


@dataclass
class Outcome:
    """A rules.Result ready for a template."""

    result: rules.Result
    area: AreaInfo | None
    te_office: TeOfficeInfo | None
    condition: str = ""  # for a branch: "jos ..." in plain words
    condition_keys: tuple[str, ...] = ()
    branches: list[Outcome] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return self.result.outcome

    @property
    def reason(self) -> str | None:
        return self.result.reason

    @property
    def group(self) -> str | None:
        """The client group the result names (the rules name at most one)."""
        return self.result.groups[0] if self.result.groups else None

    @property
    def may_stay_swedish(self) -> bool:
        return "swedish_language" in self.result.may_stay_with_te_office

    @property
    def open_keys(self) -> set[str]:
        """The questions whose "unsure" answer a "depends" result branches on."""
        return {key for branch in self.branches for key in branch.condition_keys}

    @property
    def is_client(self) -> bool:
        return self.result.outcome in ("client", "same_area", "new_area")


def outcome_for(result: rules.Result, directory: Directory, flow: Flow, condition=()) -> Outcome:
    return Outcome(
        result=result,
        area=directory.areas.get(result.area) if result.area else None,
        te_office=directory.te_offices.get(result.te_office) if result.te_office else None,
        condition=_condition_text(flow, condition),
        condition_keys=tuple(key for key, _ in condition),
        branches=[outcome_for(branch.result, directory, flow, branch.condition) for branch in result.branches],
    )


def _condition_text(flow: Flow, condition) -> str:
    parts = [str(flow.conditions[pair]) for pair in condition]
    if not parts:
        return ""
    text = parts[0]
    for part in parts[1:]:
        text = gettext("%(first)s ja %(second)s") % {"first": text, "second": part}
    return text


# decision-table column -> data-* attribute on the result container
DATA_ATTRIBUTES = {
    "outcome": "outcome",
    "reason": "reason",
    "area": "area",
    "te_office": "te-office",
    "groups": "groups",
    "may_stay_with_te_office": "may-stay",
    "branches": "branches",
    "move_kind": "move-kind",
    "trial_status": "trial-status",
    "rules_version": "rules-version",
}


def data_attributes(state: State, situation: Situation) -> dict[str, str]:
    """The result in the decision table's own format, for tests and reviewers."""
    row = result_row(situation.today, state.rules_answers(), state.result, with_move_kind=True)
    return {attribute: row[column] for column, attribute in DATA_ATTRIBUTES.items()}


def summary_rows(state: State, situation: Situation) -> list[dict]:
    """One row per answer on the path, each with a change link to its question, pre-filled."""
    questions = state.flow.by_key
    answers = state.canonical()
    rows = []
    for key in state.path:
        question = questions[key]
        value = answers[key]
        if question.kind == MUNICIPALITY:
            shown = situation.directory.municipalities[value].name.get()
        else:
            shown = question.option(value).label
        rows.append({
            "key": key,
            "question": question.summary_label,
            "answer": shown,
            "change_url": state.flow.question_url(key, answers),
        })
    return rows


def result_context(state: State, situation: Situation) -> dict:
    flow = state.flow
    answers = state.canonical()
    context = {
        "flow": flow,
        "outcome": outcome_for(state.result, situation.directory, flow),
        "data_attributes": data_attributes(state, situation),
        "answers": answers,
        "chosen": {
            question.key: situation.directory.municipalities[answers[question.key]]
            for question in flow.questions
            if question.kind == MUNICIPALITY and question.key in answers
        },
        "summary": summary_rows(state, situation),
        "result_status": state.result.trial_status,
        "rules_version": state.result.rules_version,
        "start_url": flow.start_url(),
        "back_url": state.previous_url(None),
    }
    if flow.extra_result_context:
        context.update(flow.extra_result_context(state, situation))
    return context
