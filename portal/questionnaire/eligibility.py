""""Olenko kuntakokeilun asiakas?" -- the questions and their texts. Routing comes from the rules."""

from django.utils.translation import gettext_lazy as _

from .. import rules
from .engine import CHOICE, MUNICIPALITY, Flow, Option, Question

YES = _("Kyllä")
NO = _("Ei")
NO_I_AM_NOT = _("En")
UNSURE = _("En ole varma")


def _rule_dates(state, situation) -> dict:
    """Dates the result texts explain (the rules' own constants, never copies)."""
    return {
        "at_risk_included_from": rules.AT_RISK_INCLUDED_FROM,
        "groups_count_in_every_status_from": rules.GROUPS_COUNT_IN_EVERY_STATUS_FROM,
    }


FLOW = Flow(
    slug="eligibility",
    title=_("Olenko kuntakokeilun asiakas?"),
    assess=rules.assess_eligibility,
    rule_questions=rules.ELIGIBILITY_QUESTIONS,
    start_template="questionnaire/eligibility/start.html",
    result_template="questionnaire/eligibility/result.html",
    extra_result_context=_rule_dates,
    questions=(
        Question(
            key="municipality",
            kind=MUNICIPALITY,
            text=_("Mikä on kotikuntasi?"),
            summary=_("Kotikunta"),
            hint=_("Kotikunta on kunta, jossa asut väestötietojärjestelmän mukaan. Kirjoita kunnan nimi "
                   "suomeksi tai ruotsiksi tai kolminumeroinen kuntanumero."),
            missing_error=_("Kirjoita kotikuntasi nimi tai kuntanumero."),
        ),
        Question(
            key="jobseeker",
            kind=CHOICE,
            text=_("Mikä on tilanteesi työnhakijana?"),
            summary=_("Tilanne työnhakijana"),
            hint=_("Valitse vaihtoehto, joka kuvaa tilannettasi parhaiten."),
            options=(
                Option("unemployed", _("Olen työtön työnhakija"),
                       _("Myös alle neljä tuntia viikossa työskentelevä on työtön.")),
                Option("laid_off", _("Olen kokoaikaisesti lomautettu")),
                Option("at_risk", _("Jään todennäköisesti työttömäksi kahden viikon kuluessa"),
                       _("Esimerkiksi sinut on irtisanottu tai määräaikainen työsi päättyy.")),
                Option("services", _("Olen työllistymistä edistävässä palvelussa"),
                       _("Esimerkiksi työvoimakoulutus, työkokeilu tai valmennus.")),
                Option("subsidised", _("Olen palkkatuetussa työssä tai saan starttirahaa")),
                Option("employed", _("Olen työssä ja haen toista työtä")),
                Option("not_registered", _("En ole ilmoittautunut työnhakijaksi")),
            ),
        ),
        Question(
            key="short_unemployment",
            kind=CHOICE,
            text=_("Päättyykö työttömyytesi pian päivänä, joka on jo tiedossa?"),
            summary=_("Lyhyt työttömyys, jonka loppu on tiedossa"),
            hint=_("Esimerkiksi lyhyt lomautus, jonka jälkeen työ jatkuu, tai työttömyys, joka päättyy, kun "
                   "perhevapaa, asepalvelus tai siviilipalvelus alkaa."),
            options=(Option("yes", YES), Option("no", NO)),
        ),
        Question(
            key="already_client",
            kind=CHOICE,
            text=_("Oletko jo kuntakokeilun asiakas?"),
            summary=_("Jo kokeilun asiakas"),
            hint=_("TE-toimisto kertoi siirrosta kuntakokeiluun kirjeellä ja Oma asiointi -palvelussa."),
            options=(Option("yes", YES), Option("no", NO_I_AM_NOT), Option("unsure", UNSURE)),
        ),
        Question(
            key="under_30",
            kind=CHOICE,
            text=_("Oletko alle 30-vuotias?"),
            summary=_("Alle 30-vuotias"),
            options=(Option("yes", YES), Option("no", NO_I_AM_NOT)),
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
            text=_("Oletko Suomen kansalainen?"),
            summary=_("Suomen kansalainen"),
            options=(Option("yes", YES), Option("no", NO_I_AM_NOT)),
        ),
        Question(
            key="earnings_related",
            kind=CHOICE,
            text=_("Onko sinulla oikeus ansiosidonnaiseen työttömyyspäivärahaan?"),
            summary=_("Oikeus ansiosidonnaiseen päivärahaan"),
            hint=_("Ansiosidonnaista päivärahaa maksaa työttömyyskassa. Kelan työmarkkinatuki ja "
                   "peruspäiväraha eivät ole ansiosidonnaista päivärahaa."),
            options=(
                Option("yes", YES),
                Option("no", NO, _("Saat esimerkiksi työmarkkinatukea tai peruspäivärahaa, tai et saa "
                                   "työttömyysetuutta.")),
                Option("unsure", UNSURE),
            ),
        ),
        Question(
            key="swedish_service",
            kind=CHOICE,
            text=_("Haluatko palvelua ruotsiksi?"),
            summary=_("Palvelu ruotsiksi"),
            hint=_("Kotikuntasi palvelee työnhakijoita suomeksi. Jos haluat palvelua ruotsiksi, voit valita "
                   "TE-toimiston."),
            options=(Option("yes", _("Kyllä, haluan palvelua ruotsiksi")), Option("no", NO)),
        ),
    ),
    conditions={
        ("earnings_related", "no"): _("sinulla ei ole oikeutta ansiosidonnaiseen päivärahaan"),
        ("earnings_related", "yes"): _("sinulla on oikeus ansiosidonnaiseen päivärahaan"),
        ("already_client", "yes"): _("olet jo kokeilun asiakas"),
        ("already_client", "no"): _("et ole vielä kokeilun asiakas"),
    },
)
