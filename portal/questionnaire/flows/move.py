""""Mitä tapahtuu, jos muutan?" -- the declaration: questions, texts, date policy, result payload.

Today (from 1.1.2025) the rules need only the two municipalities and answer with the employment
areas before and after (or Åland's AMS). A visitor who asks about a move during the trial
(`when=trial`) gets the trial's questions. Outcome texts are templates in
templates/questionnaire/move/outcomes/ picked by outcome and kind of move.
"""

from django.utils.translation import gettext_lazy as _

from ... import decision_table, rules
from .. import common
from . import eligibility
from ..engine import CHOICE, MUNICIPALITY, TODAY_OR_TRIAL, WHEN_KEY, WHEN_TRIAL, Flow, Question, resolve
from ..results import today_for


def _variant(result: rules.Result, payload: dict) -> str | None:
    return result.move_kind


def _payload(state, situation) -> dict:
    origin = state.answers["from"].canonical
    destination = state.answers["to"].canonical
    result = state.result
    municipalities = situation.directory.municipalities
    today = today_for(destination, situation)
    payload = {
        "origin": municipalities[origin],
        "destination": municipalities[destination],
        "today": today,
        "today_before": today_for(origin, situation),
        # what to do: on Åland AMS serves (not the new home municipality, not Job Market Finland)
        "steps_template": ("questionnaire/move/_what_to_do_aland.html" if today["kind"] == "aland"
                           else "questionnaire/move/_what_to_do.html"),
    }
    if result.regime == rules.EMPLOYMENT_AREAS:
        trial = resolve(FLOW, {WHEN_KEY: WHEN_TRIAL, "from": origin, "to": destination}, situation)
        payload["trial_url"] = trial.furthest_url()
    else:
        payload["today_url"] = FLOW.result_url({"from": origin, "to": destination})
        check = resolve(eligibility.FLOW, {WHEN_KEY: WHEN_TRIAL, "municipality": destination}, situation)
        payload["eligibility_url"] = check.furthest_url()
    return payload


FLOW = Flow(
    slug="move",
    title=_("Mitä tapahtuu, jos muutan?"),
    position=50,
    assess=rules.assess_move,
    rule_questions=rules.MOVE_QUESTIONS,
    date_policy=TODAY_OR_TRIAL,
    payload=_payload,
    variant=_variant,
    outcomes=("same_employment_area", "new_employment_area", "aland",
              "same_area", "new_area", "te_office", "check_eligibility", "depends"),
    card_text=_("Kuka järjestää työllisyyspalvelusi, kun kotikuntasi vaihtuu, ja mitä sinun pitää tehdä?"),
    card_button=_("Tarkista muuton vaikutus"),
    municipality_key="from",
    municipality_link=_("Mitä tapahtuu, jos muutan toiseen kuntaan, kun kotikuntani on nyt %(name)s?"),
    questions=(
        Question(
            key="from",
            kind=MUNICIPALITY,
            text=_("Mistä kunnasta muutat?"),
            summary=_("Kunta, josta muutat"),
            trial_summary=_("Kunta, josta muutit"),
            hint=_("Jos kysyt kokeilun aikaisesta muutosta, kirjoita kunta, josta muutit. Kirjoita kunnan nimi "
                   "suomeksi tai ruotsiksi tai kolminumeroinen kuntanumero."),
            missing_error=_("Kirjoita kunta, josta muutat."),
        ),
        Question(
            key="to",
            kind=MUNICIPALITY,
            text=_("Mihin kuntaan muutat?"),
            summary=_("Uusi kotikunta"),
            hint=_("Jos muutat saman kunnan sisällä, kirjoita sama kunta."),
            missing_error=_("Kirjoita kunta, johon muutat."),
        ),
        Question(
            key="client_now",
            kind=CHOICE,
            text=_("Olitko kuntakokeilun asiakas ennen muuttoa?"),
            summary=_("Kokeilun asiakas ennen muuttoa"),
            hint=common.TRANSFER_LETTER_HINT,
            options=(common.YES, common.NO_I_WAS_NOT, common.UNSURE),
        ),
        common.SWEDISH_SERVICE,
    ),
    table_samples=decision_table.move_samples,
    table_columns=decision_table.MOVE_COLUMNS,
    conditions={
        ("client_now", "yes"): _("olit kokeilun asiakas ennen muuttoa"),
        ("client_now", "no"): _("et ollut kokeilun asiakas ennen muuttoa"),
    },
)
