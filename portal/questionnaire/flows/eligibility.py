""""Olenko kuntakokeilun asiakas?" -- the declaration: questions, texts, date policy, result payload.

Today (from 1.1.2025) the rules need only the home municipality and answer who arranges the
person's employment services now (outcome trial_ended). A visitor who asks about the trial
period (`when=trial`) continues to the trial questions, asked in the past tense.
Routing comes from the rules; outcome texts are templates in
templates/questionnaire/eligibility/outcomes/ picked by outcome and reason (or client group).
"""

from django.utils.translation import gettext_lazy as _

from ... import decision_table, rules
from .. import common
from ..engine import CHOICE, MUNICIPALITY, TODAY_OR_TRIAL, WHEN_KEY, WHEN_TRIAL, Flow, Option, Question, resolve
from ..results import today_for


def _variant(result: rules.Result, payload: dict) -> str | None:
    """not_client: its reason; client: its group; trial_ended: who serves today (today["kind"])."""
    if result.reason:
        return result.reason
    if result.groups:
        return result.groups[0]
    if result.regime == rules.EMPLOYMENT_AREAS:
        return payload["today"]["kind"]
    return None


def _payload(state, situation) -> dict:
    code = state.answers["municipality"].canonical
    result = state.result
    payload = {
        "municipality": situation.directory.municipalities[code],
        "today": today_for(code, situation),
        "change_security_from": rules.CHANGE_SECURITY_FROM,
        "at_risk_included_from": rules.AT_RISK_INCLUDED_FROM,
        "groups_count_in_every_status_from": rules.GROUPS_COUNT_IN_EVERY_STATUS_FROM,
    }
    if "foreign_language" in result.groups:
        # Name only the fact that decided: the mother tongue when it was another language, else citizenship.
        decided = "mother_tongue" if state.answers["mother_tongue"].canonical == "other" else "citizenship"
        payload["foreign_language_because"] = decided
        payload["why_foreign_language_template"] = (
            f"questionnaire/eligibility/outcomes/client/_why_foreign_language_{decided}.html")
    if result.regime == rules.EMPLOYMENT_AREAS:
        payload["trial_url"] = resolve(FLOW, {WHEN_KEY: WHEN_TRIAL, "municipality": code}, situation).furthest_url()
    else:
        payload["today_url"] = FLOW.result_url({"municipality": code})
    return payload


FLOW = Flow(
    slug="eligibility",
    title=_("Olenko kuntakokeilun asiakas?"),
    position=40,
    assess=rules.assess_eligibility,
    rule_questions=rules.ELIGIBILITY_QUESTIONS,
    date_policy=TODAY_OR_TRIAL,
    payload=_payload,
    variant=_variant,
    outcomes=("trial_ended", "client", "not_client", "register_first", "depends"),
    card_text=_("Kuka järjestää työllisyyspalvelusi nyt, ja olitko kuntakokeilun asiakas vuosina 2021–2024?"),
    card_button=_("Tarkista, olinko kokeilun asiakas"),
    municipality_key="municipality",
    municipality_link=_("Kuka palvelee minua ja olinko kokeilun asiakas, kun kotikuntani on %(name)s?"),
    questions=(
        Question(
            key="municipality",
            kind=MUNICIPALITY,
            text=_("Mikä on kotikuntasi?"),
            summary=_("Kotikunta"),
            hint=_("Kotikunta on kunta, jossa asut väestötietojärjestelmän mukaan. Jos kysyt kokeilun ajasta, "
                   "kirjoita silloinen kotikuntasi. Jos sinulla on tilapäistä suojelua etkä ole saanut "
                   "kotikuntaa, kirjoita kunta, jossa asut. Kirjoita kunnan nimi suomeksi tai ruotsiksi tai "
                   "kolminumeroinen kuntanumero."),
            missing_error=_("Kirjoita kotikuntasi nimi tai kuntanumero."),
        ),
        Question(
            key="jobseeker",
            kind=CHOICE,
            text=_("Mikä oli tilanteesi työnhakijana?"),
            summary=_("Tilanne työnhakijana"),
            hint=_("Valitse vaihtoehto, joka kuvasi tilannettasi parhaiten."),
            options=(
                Option("unemployed", _("Olin työtön työnhakija"),
                       _("Myös alle neljä tuntia viikossa työskennellyt oli työtön.")),
                Option("laid_off", _("Olin kokoaikaisesti lomautettu")),
                Option("at_risk", _("Olin jäämässä työttömäksi kahden viikon kuluessa"),
                       _("Esimerkiksi minut oli irtisanottu tai määräaikainen työni oli päättymässä.")),
                Option("services", _("Olin työllistymistä edistävässä palvelussa"),
                       _("Esimerkiksi työvoimakoulutus, työkokeilu tai valmennus.")),
                Option("subsidised", _("Olin palkkatuetussa työssä tai sain starttirahaa")),
                Option("employed", _("Olin työssä ja hain toista työtä")),
                Option("not_registered", _("En ollut ilmoittautunut työnhakijaksi")),
            ),
        ),
        Question(
            key="already_client",
            kind=CHOICE,
            text=_("Olitko jo kuntakokeilun asiakas?"),
            summary=_("Jo kokeilun asiakas"),
            hint=common.TRANSFER_LETTER_HINT,
            options=(common.YES, common.NO_I_WAS_NOT, common.UNSURE),
        ),
        Question(
            key="under_30",
            kind=CHOICE,
            text=_("Olitko silloin alle 30-vuotias?"),
            summary=_("Alle 30-vuotias"),
            options=(common.YES, common.NO_I_WAS_NOT),
        ),
        Question(
            key="mother_tongue",
            kind=CHOICE,
            text=_("Mikä on äidinkielesi?"),
            summary=_("Äidinkieli"),
            hint=_("Valitse kieli, joka on merkitty äidinkieleksesi väestötietojärjestelmään."),
            options=(
                Option("fi", _("suomi")),
                Option("sv", _("ruotsi")),
                Option("smi", _("saame")),
                Option("other", _("jokin muu kieli")),
            ),
        ),
        Question(
            key="finnish_citizen",
            kind=CHOICE,
            text=_("Olitko Suomen kansalainen?"),
            summary=_("Suomen kansalainen"),
            options=(common.YES, common.NO_I_WAS_NOT),
        ),
        Question(
            key="earnings_related",
            kind=CHOICE,
            text=_("Oliko sinulla oikeus ansiosidonnaiseen työttömyyspäivärahaan?"),
            summary=_("Oikeus ansiosidonnaiseen päivärahaan"),
            hint=_("Ansiosidonnaista päivärahaa maksaa työttömyyskassa. Kelan työmarkkinatuki ja "
                   "peruspäiväraha eivät ole ansiosidonnaista päivärahaa."),
            options=(
                common.YES,
                Option("no", _("Ei"), _("Sait esimerkiksi työmarkkinatukea tai peruspäivärahaa, tai et saanut "
                                        "työttömyysetuutta.")),
                common.UNSURE,
            ),
        ),
        Question(
            key="change_security",
            kind=CHOICE,
            text=_("Irtisanottiinko sinut taloudellisista tai tuotannollisista syistä 55 vuotta täytettyäsi?"),
            summary=_("Irtisanottu 55 vuotta täytettyä (muutosturva)"),
            hint=_("Vastaa kyllä, jos sinut irtisanottiin 1.1.2023 tai myöhemmin taloudellisista tai "
                   "tuotannollisista syistä, olit irtisanomispäivänä vähintään 55-vuotias ja olit ollut saman "
                   "työnantajan palveluksessa vähintään viisi vuotta."),
            options=(common.YES, common.NO),
        ),
        Question(
            key="short_unemployment",
            kind=CHOICE,
            text=_("Oliko työttömyytesi lyhyt, ja oliko sen päättymispäivä jo tiedossa?"),
            summary=_("Lyhyt työttömyys, jonka päättyminen oli tiedossa"),
            hint=_("Esimerkiksi lyhyt lomautus, jonka jälkeen työ jatkui, tai työttömyys, joka päättyi, kun "
                   "perhevapaa, asepalvelus tai siviilipalvelus alkoi."),
            options=(common.YES, common.NO),
        ),
        common.SWEDISH_SERVICE,
    ),
    table_samples=decision_table.eligibility_samples,
    table_columns=decision_table.ELIGIBILITY_COLUMNS,
    conditions={
        ("earnings_related", "no"): _("sinulla ei ollut oikeutta ansiosidonnaiseen päivärahaan"),
        ("earnings_related", "yes"): _("sinulla oli oikeus ansiosidonnaiseen päivärahaan"),
        ("already_client", "yes"): _("olit jo kokeilun asiakas"),
        ("already_client", "no"): _("et ollut vielä kokeilun asiakas"),
    },
)
