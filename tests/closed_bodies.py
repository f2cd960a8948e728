"""Finds text that names a body or channel closed on 31.12.2024 (the TE offices, the TE services'
Oma asiointi) in a sentence that is not in the past tense or saying it no longer exists.

Used on the FAQ and the informational pages in fi, sv and en: the trial's facts may name the TE
office in the past tense ("the TE Office served you"), never as current ("the TE Office serves you").
"""

import re

CLOSED = {
    "fi": re.compile(r"TE-toimisto|TE-palvelu|Oma asiointi", re.IGNORECASE),
    "sv": re.compile(r"TE-byrå|TE-tjänst|Mina e-tjänster|arbets- och näringsbyrå", re.IGNORECASE),
    "en": re.compile(r"TE Office|TE services|E-Services|Oma asiointi|Employment and Economic Development Office", re.IGNORECASE),
}

# Finite past-tense verbs as these texts use them; a sentence naming a closed body
# must contain one. A present-tense sentence ("TE-toimisto palvelee sinua") has none.
PAST = {
    "fi": {
        "oli", "olit", "olivat", "ollut", "olleet", "siirsi", "siirrettiin", "siirtyi", "siirtyivät", "palveli",
        "palvelivat", "sai", "sait", "saivat", "saattoi", "kertoi", "katsoi", "lakkautettiin", "suljettiin",
        "ilmoittautuivat", "aloittivat", "pysyit", "palasit", "järjesti", "vastasi", "kuului", "muutit",
        "päättyi", "päättyivät", "halusit", "voinut", "sainko",
    },
    "sv": {
        "var", "fanns", "fick", "kunde", "hade", "gav", "blev", "lades", "stängdes", "överförde", "överfördes",
        "betjänade", "betjänades", "meddelade", "informerade", "löpte", "såg", "anmälde", "ansvarade", "sköttes", "svarade", "ordnade",
        "ordnades", "flyttades", "upphörde", "fortsatte", "gällde", "skulle", "gick", "började", "ville",
    },
    "en": {
        "was", "were", "had", "could", "did", "got", "gave", "told", "ran", "began", "became", "stayed",
        "existed", "closed", "transferred", "moved", "served", "checked", "arranged", "provided", "ended",
        "registered", "started", "wanted", "happened",
    },
}


# ... or says it no longer exists ("TE-byråerna finns inte längre").
NO_LONGER = {"fi": {"enää"}, "sv": {"längre"}, "en": {"longer"}}

# Present-tense and imperative verbs that make a sentence current even beside a past one ("If you
# are not sure whether you were a client, look at the messages in E-Services.").
PRESENT = {
    "fi": {"katso", "voit", "ota", "palvelee", "palvelevat", "ilmoittaudu", "hoida", "asioi", "kysy"},
    "sv": {"läs", "kan", "kontakta", "betjänar", "anmäl", "sköt", "fråga"},
    "en": {"look", "can", "contact", "serves", "serve", "register", "manage"},
}


def sentences(text: str) -> list[str]:
    """Sentences and list items (one a line) of a plain text."""
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [part.strip() for part in parts if part.strip()]


def current_mentions(text: str, language: str) -> list[str]:
    """The sentences of `text` that name a closed body without a past-tense verb (or "no longer"),
    or with a present-tense or imperative one."""
    found = []
    for sentence in sentences(text):
        if CLOSED[language].search(sentence):
            words = {word.casefold() for word in re.findall(r"\w+", sentence)}
            if not words & (PAST[language] | NO_LONGER[language]) or words & PRESENT[language]:
                found.append(sentence)
    return found
