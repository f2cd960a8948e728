""""Kuka palvelee minua nyt?" -- the declaration: one question (the home municipality), today only.

From 1.1.2025 the rules (rules.assess_now) answer who arranges the person's public employment
services: the employment area of the home municipality (outcome employment_area; variant
"municipality" when the municipality arranges them alone, "employment_area" for an area of several
municipalities) or Åland's AMS (outcome aland). The date policy is TODAY: the flow never asks about
the trial and works without a trial period in the data. Outcome texts are templates in
templates/questionnaire/now/outcomes/.
"""

from django.utils.translation import gettext_lazy as _

from ... import decision_table, rules
from .. import common
from ..engine import MUNICIPALITY, TODAY, Flow, Question
from ..results import today_for


def _variant(result: rules.Result, payload: dict) -> str | None:
    """employment_area: who serves today (today["kind"]: "employment_area" or "municipality");
    aland: none (outcomes/aland.html)."""
    if result.outcome == "employment_area":
        return payload["today"]["kind"]
    return None


def _payload(state, situation) -> dict:
    code = state.answers["municipality"].canonical
    return {
        "municipality": situation.directory.municipalities[code],
        "today": today_for(code, situation),
    }


def _table_samples(on):
    """The eligibility samples (one municipality each, Pertunmaa among them) from 1.1.2025; none before."""
    return decision_table.eligibility_samples(on) if rules.regime(on) == rules.EMPLOYMENT_AREAS else ()


FLOW = Flow(
    slug="now",
    title=_("Kuka palvelee minua nyt?"),
    position=30,
    assess=rules.assess_now,
    rule_questions=rules.NOW_QUESTIONS,
    date_policy=TODAY,
    payload=_payload,
    variant=_variant,
    outcomes=("employment_area", "aland"),
    card_text=_("Kerro kotikuntasi, niin näet, mikä työllisyysalue tai kunta järjestää "
                "työllisyyspalvelusi."),
    card_button=_("Katso, kuka palvelee minua nyt"),
    municipality_key="municipality",
    municipality_link=_("Kuka palvelee minua nyt, kun kotikuntani on %(name)s?"),
    questions=(
        Question(
            key="municipality",
            kind=MUNICIPALITY,
            text=_("Mikä on kotikuntasi?"),
            summary=_("Kotikunta"),
            hint=common.MUNICIPALITY_HINT,
            missing_error=_("Kirjoita kotikuntasi nimi tai kuntanumero."),
        ),
    ),
    table_samples=_table_samples,
    table_columns=decision_table.ELIGIBILITY_COLUMNS,
)
