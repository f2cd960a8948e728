"""Questions and options shared by more than one questionnaire: declared once, here."""

from django.utils.translation import gettext_lazy as _

from .engine import CHOICE, Option, Question

YES = Option("yes", _("Kyllä"))
NO = Option("no", _("Ei"))
NO_I_WAS_NOT = Option("no", _("En"))
UNSURE = Option("unsure", _("En ole varma"))

TRANSFER_LETTER_HINT = _("TE-toimisto ilmoitti siirrosta kuntakokeiluun kirjeellä.")

SWEDISH_SERVICE = Question(
    key="swedish_service",
    kind=CHOICE,
    text=_("Halusitko palvelua ruotsiksi?"),
    summary=_("Palvelu ruotsiksi"),
    hint=_("Kunta palveli kokeilussa työnhakijoita suomeksi. Kokeilun asiakas, joka halusi palvelua ruotsiksi, "
           "sai valita TE-toimiston."),
    options=(Option("yes", _("Kyllä, halusin palvelua ruotsiksi")), NO_I_WAS_NOT),  # "Halusitko?" – "En"
)

MUNICIPALITY_HINT = _("Kotikunta on kunta, jossa asut väestötietojärjestelmän mukaan. Kirjoita kunnan nimi suomeksi "
                      "tai ruotsiksi tai kolminumeroinen kuntanumero.")
