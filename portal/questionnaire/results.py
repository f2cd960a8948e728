"""What every result page shows, whatever the flow: the outcome template picked by name, the
"depends" branches in plain words, who serves the person today, the legal basis linked to
Finlex, and the "Vastauksesi" summary with change links.

The flow adds its own payload (Flow.payload); no outcome name is written here (issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import get_language, gettext

from .. import rules
from ..decision_table import result_row
from ..directory import AreaInfo, Directory, TeOfficeInfo
from .engine import MUNICIPALITY, PERIOD_KEY, Flow, Situation, State, period_label, period_question

JOB_MARKET_FINLAND = {"fi": "https://tyomarkkinatori.fi", "sv": "https://tyomarkkinatori.fi/sv",
                      "en": "https://tyomarkkinatori.fi/en"}


def _language() -> str:
    return (get_language() or "fi")[:2]


@dataclass
class Outcome:
    """A rules.Result ready for a template: the bodies it names, looked up in the data."""

    result: rules.Result
    area: AreaInfo | None
    te_office: TeOfficeInfo | None
    employment_area: object | None  # the directory's employment area entry, from 1.1.2025
    template: str  # for a branch: the short sentence template of its outcome
    condition: str = ""  # for a branch: "if ..." in plain words
    condition_keys: tuple[str, ...] = ()
    branches: list[Outcome] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        return self.result.outcome

    @property
    def reason(self) -> str | None:
        return self.result.reason

    @property
    def may_stay_templates(self) -> list[str]:
        folder = self.template.rsplit("/", 2)[0]
        return [f"{folder}/may_stay/{reason}.html" for reason in self.result.may_stay_with_te_office]

    @property
    def open_keys(self) -> list[str]:
        """The questions whose "unsure" answer a "depends" result branches on, in asking order."""
        return list(dict.fromkeys(key for branch in self.branches for key in branch.condition_keys))


def outcome_for(result: rules.Result, directory: Directory, flow: Flow, condition=()) -> Outcome:
    employment_areas = directory.employment_areas
    return Outcome(
        result=result,
        area=directory.areas.get(result.area) if result.area else None,
        te_office=directory.te_offices.get(result.te_office) if result.te_office else None,
        employment_area=employment_areas.get(result.employment_area) if result.employment_area else None,
        template=f"questionnaire/{flow.slug}/branches/{result.outcome}.html",
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


# --- today -----------------------------------------------------------------------------------------

def today_for(code: str, situation: Situation) -> dict:
    """Who arranges employment services for a resident of `code` today (or from 1.1.2025).

    {"kind": employment_area | municipality (arranges alone) | aland, "template": its sentence template,
     "serves": the name of the body that serves,
     "serves_phrase": who serves as a noun phrase for a sentence ("Tampereen seutu -työllisyysalue",
                      "Lahti, joka järjestää työllisyyspalvelut itse", the AMS's name): an area is
                      always named as an area, a municipality arranging alone never as one,
     "municipality": MunicipalityInfo answered for, "merged_from": the one given when it merged,
     "area": the employment area entry, "contacts": the body whose filled-in contacts to show,
     "job_market_url": Job Market Finland in the visitor's language (None on Åland)}
    """
    directory = situation.directory
    day = max(situation.today, rules.EMPLOYMENT_AREAS_FROM)
    place = directory.place(code, day)
    municipality = directory.municipalities[place.code]
    merged_from = directory.municipalities[place.merged_from] if place.merged_from else None
    merged_on = directory.changes[place.merged_from][1] if place.merged_from else None
    today = {"municipality": municipality, "merged_from": merged_from, "merged_on": merged_on,
             "since": rules.EMPLOYMENT_AREAS_FROM,
             "job_market_url": JOB_MARKET_FINLAND[_language()]}
    if place.aland:
        office = directory.te_offices.get(rules.AMS_ALAND)
        return {**today, "kind": "aland", "template": "questionnaire/today/aland.html", "serves": office.name,
                "serves_phrase": str(office.name), "contacts": office, "job_market_url": None}
    area = directory.employment_areas.get(place.employment_area)
    # A municipality that arranges the services alone is an "area" of one member.
    kind = "municipality" if area is not None and len(area.municipality_codes) == 1 else "employment_area"
    serves = municipality.name if kind == "municipality" or area is None else area.name
    if kind == "municipality" or area is None:
        phrase = gettext("%(name)s, joka järjestää työllisyyspalvelut itse") % {"name": serves}
    else:
        phrase = gettext("%(name)s -työllisyysalue") % {"name": serves}
    return {**today, "kind": kind, "template": f"questionnaire/today/{kind}.html", "area": area,
            "serves": serves, "serves_phrase": phrase, "contacts": area}


# --- legal basis -----------------------------------------------------------------------------------

def legal_basis(results, directory: Directory) -> list[dict]:
    """The acts `results` cite, each once in citation order, with the provisions cited from it.

    [{"act": "1269/2020", "title": the act's title in the page's language or "",
      "url": its text on Finlex in the page's language or "", "url_language": "fi" | "sv",
      "provisions": [{"chapter": "5 a" | None, "section": "5", "amended_by": "671/2022" | None,
                      "amendments": ["671/2022"]}, ...]}]
    Each provision once, however often and in whichever wording it is cited: `amendments` lists
    the amending acts of every wording cited (`amended_by` joins them).
    """
    language = _language()
    acts: dict[str, dict] = {}
    for citation in dict.fromkeys(citation for result in results for citation in result.legal_basis):
        if citation.act not in acts:
            source = directory.legal_sources.get(citation.act)
            acts[citation.act] = {
                "act": citation.act,
                "title": source.title.get(language) if source else "",
                "url": source.url(language) if source else "",
                "url_language": "sv" if language == "sv" else "fi",
                "provisions": [],
            }
        if citation.section:
            # One entry per provision: wordings of one section (as enacted, as amended) are merged.
            provisions = acts[citation.act]["provisions"]
            chapter = getattr(citation, "chapter", None)
            entry = next((p for p in provisions if (p["chapter"], p["section"]) == (chapter, citation.section)), None)
            if entry is None:
                entry = {"chapter": chapter, "section": citation.section, "amended_by": None, "amendments": []}
                provisions.append(entry)
            if citation.amended_by and citation.amended_by not in entry["amendments"]:
                entry["amendments"].append(citation.amended_by)
                entry["amended_by"] = ", ".join(entry["amendments"])
    return list(acts.values())


# --- the page ----------------------------------------------------------------------------------------

# decision-table column -> data-* attribute on the result container (test settings only)
DATA_ATTRIBUTES = {
    "outcome": "outcome",
    "reason": "reason",
    "area": "area",
    "te_office": "te-office",
    "employment_area": "employment-area",
    "groups": "groups",
    "may_stay_with_te_office": "may-stay",
    "move_back_on_request": "move-back",
    "merged_into": "merged-into",
    "legal_basis": "legal-basis",
    "branches": "branches",
    "move_kind": "move-kind",
    "trial_status": "trial-status",
    "rules_version": "rules-version",
}


def data_attributes(state: State) -> dict[str, str]:
    """The result in the decision table's own format, for tests and reviewers."""
    result = state.result
    row = result_row(result.date_in_question, {}, result, with_move_kind=True)
    return {attribute: row.get(column, "") for column, attribute in DATA_ATTRIBUTES.items()}


def summary_rows(state: State, situation: Situation) -> list[dict]:
    """One row per answer on the path, each with a change link to its question, pre-filled."""
    questions = state.flow.by_key
    answers = state.canonical()
    rows = []
    for key in state.path:
        value = answers[key]
        if key == PERIOD_KEY:
            question = period_question(situation, state.period_groups)
            shown = period_label(state.periods[0].start, state.periods[-1].end)  # the run chosen
        else:
            question = questions[key]
            if question.kind == MUNICIPALITY:
                shown = situation.directory.municipalities[value].name.get()
            else:
                shown = question.option(value).label
        label = question.summary_label
        if state.when and getattr(question, "trial_summary", ""):
            label = question.trial_summary
        rows.append({
            "key": key,
            "question": label,
            "answer": shown,
            "change_url": state.flow.question_url(key, answers),
        })
    return rows


def result_context(state: State, situation: Situation) -> dict:
    flow = state.flow
    result = state.result
    trial = result.regime == rules.TRIAL
    span = None
    if trial and state.periods:
        span = (state.periods[0].start, state.periods[-1].end)
    elif trial and situation.period:
        span = (situation.period.start, situation.period.end)
    outcome = outcome_for(result, situation.directory, flow)
    context = {
        "flow": flow,
        "result": result,
        "outcome": outcome,
        # a "depends" result: how to find out each thing it depends on
        "find_out_templates": [f"questionnaire/{flow.slug}/find_out/{key}.html" for key in outcome.open_keys],
        "data_attributes": data_attributes(state),
        "result_oracle": getattr(settings, "PORTAL_RESULT_ORACLE", False),
        "answers": state.canonical(),
        "when": state.when,
        "trial": trial,
        "span": span,
        "whole_trial": bool(span and situation.period and span == (situation.period.start, situation.period.end)),
        "trial_period": situation.period,
        "legal_basis": legal_basis(state.results, situation.directory),
        "move_back_on_request_from": rules.MOVE_BACK_ON_REQUEST_FROM,
        "summary": summary_rows(state, situation),
        "start_url": flow.start_url(),
        "back_url": state.previous_url(None),
    }
    payload = flow.payload(state, situation)
    context.update(payload)
    context["outcome_templates"] = flow.outcome_templates(result, payload)
    return context
