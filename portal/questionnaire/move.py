""""Mitä tapahtuu, jos muutan?" -- the questions and their texts. Routing comes from the rules."""

from django.utils.translation import gettext_lazy as _

from .. import rules
from . import eligibility
from .engine import CHOICE, MUNICIPALITY, Flow, Option, Question, State, Situation, resolve


def _links_into_eligibility(state: State, situation: Situation) -> dict:
    """A move into a trial municipality: "Am I a trial client?" with the new home filled in."""
    destination = state.canonical().get("to")
    if not destination:
        return {}
    check = resolve(eligibility.FLOW, {"municipality": destination}, situation)
    return {"eligibility_url": check.furthest_url()}


FLOW = Flow(
    slug="move",
    title=_("Mitä tapahtuu, jos muutan?"),
    assess=rules.assess_move,
    rule_questions=rules.MOVE_QUESTIONS,
    start_template="questionnaire/move/start.html",
    result_template="questionnaire/move/result.html",
    extra_result_context=_links_into_eligibility,
    questions=(
        Question(
            key="from",
            kind=MUNICIPALITY,
            text=_("Mikä on nykyinen kotikuntasi?"),
            summary=_("Nykyinen kotikunta"),
            hint=_("Kunta, josta muutat. Kirjoita kunnan nimi suomeksi tai ruotsiksi tai kolminumeroinen "
                   "kuntanumero."),
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
            text=_("Oletko nyt kuntakokeilun asiakas?"),
            summary=_("Kokeilun asiakas nyt"),
            hint=_("TE-toimisto kertoi siirrosta kuntakokeiluun kirjeellä ja Oma asiointi -palvelussa."),
            options=(
                Option("yes", eligibility.YES),
                Option("no", eligibility.NO_I_AM_NOT),
                Option("unsure", eligibility.UNSURE),
            ),
        ),
        Question(
            key="swedish_service",
            kind=CHOICE,
            text=_("Haluatko palvelua ruotsiksi?"),
            summary=_("Palvelu ruotsiksi"),
            hint=_("Uusi kotikuntasi palvelee työnhakijoita suomeksi. Jos haluat palvelua ruotsiksi, voit "
                   "valita TE-toimiston."),
            options=(Option("yes", _("Kyllä, haluan palvelua ruotsiksi")), Option("no", eligibility.NO)),
        ),
    ),
    conditions={
        ("client_now", "yes"): _("olet nyt kokeilun asiakas"),
        ("client_now", "no"): _("et ole nyt kokeilun asiakas"),
    },
)
