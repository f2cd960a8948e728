"""The shipped FAQ (portal/data/faq.json) and the seeded model content are complete in fi, sv and en."""

import re

import pytest
from django.utils.html import escape

from portal.models import FaqEntry, LanguageStatus, Municipality, TeOffice, TrialArea
from portal.shipped_data import faq_entries
from portal.text import fold

LANGUAGES = ("fi", "sv", "en")
FAQ_FIELDS = ("question", "answer")

# A Vantaa–Kerava client page named these five as "the bilingual trial municipalities"; the final
# trial also had Porvoo, Raasepori and Hanko. Word starts that catch the fi, sv and en forms.
STALE_BILINGUAL_LIST = {
    "Helsinki": ("helsin",),
    "Espoo": ("espo", "esbo"),
    "Vantaa": ("vanta", "vanda"),
    "Kokkola": ("kokkol", "karleby"),
    "Turku": ("turku", "turu", "abo"),
}
BILINGUAL_WORDS = ("kaksikiel", "tvasprak", "bilingual")


def faq_texts():
    """(label, text) for every question and answer of faq.json in every language."""
    for number, entry in enumerate(faq_entries(), start=1):
        for field in FAQ_FIELDS:
            for language in LANGUAGES:
                key = f"{field}_{language}"
                yield f"entry {number} {key}", entry.get(key, "")


def words(text):
    return [fold(word) for word in re.findall(r"\w+", text)]


def stale_cities_named(text):
    found = words(text)
    return {
        city for city, starts in STALE_BILINGUAL_LIST.items() if any(w.startswith(starts) for w in found)
    }


def names_the_stale_bilingual_list(text):
    return stale_cities_named(text) == set(STALE_BILINGUAL_LIST)


def test_the_shipped_faq_has_its_17_entries_and_all_were_seeded(db):
    entries = faq_entries()
    assert len(entries) == 17
    assert FaqEntry.objects.count() == len(entries)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("field", FAQ_FIELDS)
def test_every_faq_entry_has_the_text_in_every_language(db, field, language):
    column = f"{field}_{language}"
    values = list(FaqEntry.objects.values_list(column, flat=True))
    assert values
    assert all(value and value.strip() for value in values), f"empty {column}"


def test_faq_texts_differ_between_languages(db):
    for entry in FaqEntry.objects.all():
        for field in FAQ_FIELDS:
            texts = [getattr(entry, f"{field}_{language}") for language in LANGUAGES]
            assert len(set(texts)) == len(LANGUAGES), f"{field} of entry {entry.pk} is not translated"


@pytest.mark.parametrize("language", LANGUAGES)
def test_faq_page_shows_every_question_in_its_language(db, client, language):
    response = client.get(f"/{language}/faq/")
    assert response.status_code == 200
    body = response.content.decode()
    for entry in faq_entries():
        assert escape(entry[f"question_{language}"]) in body
        for other in LANGUAGES:
            if other != language:
                assert escape(entry[f"question_{other}"]) not in body, f"{other} question on the {language} page"


def test_faq_page_renders_answers_as_paragraphs(db, client):
    body = client.get("/fi/faq/").content.decode()
    first_answer = faq_entries()[0]["answer_fi"]
    first_paragraph = first_answer.split("\n\n")[0]
    assert f"<p>{escape(first_paragraph)}</p>" in body


def test_no_faq_text_hard_codes_the_bilingual_municipalities():
    """The data decides which municipalities are bilingual; FAQ texts must not list them."""
    for label, text in faq_texts():
        assert not names_the_stale_bilingual_list(text), f"{label} names the out-of-date list of bilingual cities"


def test_faq_texts_about_bilingual_municipalities_name_no_municipality(db):
    bilingual_codes = [
        status.value for status in (LanguageStatus.BILINGUAL_FINNISH_MAJORITY, LanguageStatus.BILINGUAL_SWEDISH_MAJORITY)
    ]
    names = set()
    for municipality in Municipality.objects.filter(
        area__isnull=False, language_status_2023_2032__in=bilingual_codes
    ):
        names.update({fold(municipality.name_fi), fold(municipality.name_sv)})
    assert len(names) >= 8
    for label, text in faq_texts():
        found = set(words(text))
        if any(word.startswith(BILINGUAL_WORDS) for word in found):
            assert not names & found, f"{label} names bilingual municipalities: {names & found}"
            assert not stale_cities_named(text), f"{label} names bilingual municipalities"


def test_faq_has_no_phone_numbers_or_unknown_web_addresses():
    allowed_sites = {"tyomarkkinatori.fi", "kela.fi"}
    for label, text in faq_texts():
        assert not re.search(r"\+?\d[\d ()-]{6,}\d", text), f"{label} has something like a phone number"
        sites = set(re.findall(r"[\w-]+(?:\.[\w-]+)*\.(?:fi|ax|com|net|org|se)\b", text, flags=re.IGNORECASE))
        assert sites <= allowed_sites, f"{label} names {sites - allowed_sites}"
        assert "http" not in text and "@" not in text, label


MODEL_CONTENT = [
    (TrialArea, ("name",), 25),
    (Municipality, ("name", "region"), 309),
    (TeOffice, ("name",), 16),
    (FaqEntry, ("question", "answer"), None),
]


@pytest.mark.parametrize("model, fields, expected_rows", MODEL_CONTENT, ids=[m.__name__ for m, _, _ in MODEL_CONTENT])
def test_model_content_needs_fi_and_sv(db, model, fields, expected_rows):
    rows = list(model.objects.all())
    assert len(rows) == (expected_rows if expected_rows is not None else len(faq_entries()))
    missing = [
        f"{row.pk} {field}_{language}"
        for row in rows
        for field in fields
        for language in ("fi", "sv")
        if not (getattr(row, f"{field}_{language}") or "").strip()
    ]
    assert not missing, f"{model.__name__} rows without fi or sv text: {missing[:10]}"


# --- after the trial (issues 8 and 9) ------------------------------------------------------------

from .closed_bodies import current_mentions  # noqa: E402


def entry_with_question(start: str) -> dict:
    """The shipped entry whose Finnish question starts with `start`."""
    (entry,) = [e for e in faq_entries() if e["question_fi"].startswith(start)]
    return entry


def test_no_faq_text_names_a_closed_body_as_current():
    """The TE offices and Oma asiointi closed on 31.12.2024: named only in the past tense."""
    for number, entry in enumerate(faq_entries(), start=1):
        for language in LANGUAGES:
            for field in FAQ_FIELDS:
                text = entry[f"{field}_{language}"]
                assert current_mentions(text, language) == [], f"entry {number} {field}_{language}"


@pytest.mark.parametrize("language, sentence", [
    ("fi", "Jos et ole varma, olitko asiakas, katso viestit Oma asiointi -palvelusta."),
    ("sv", "Om du inte är säker på om du var kund kan du läsa meddelandena i Mina e-tjänster."),
    ("en", "If you are not sure whether you were a client, look at the messages in E-Services."),
])
def test_the_tense_check_finds_what_the_faq_shipped_before_said_as_current(language, sentence):
    """The check above can fail: the FAQ shipped before 2025 sent people to Oma asiointi."""
    import importlib

    before = importlib.import_module("portal.migrations.0005_faq_after_the_trial").SHIPPED_BEFORE
    found = [s for entry in before for s in current_mentions(entry[f"answer_{language}"], language)]
    assert sentence in found


# (language, words that must appear somewhere in the FAQ in that language), glossary terms.
AFTER_THE_TRIAL = {
    "fi": ("Mikä muuttui 1.1.2025?", "Kuka palvelee minua nyt?", "työllisyysalue", "Työmarkkinatori",
           "tyomarkkinatori.fi", "automaattisesti", "sinun ei tarvitse tehdä mitään", "AMS", "Mäntyharju"),
    "sv": ("Vad ändrades 1.1.2025?", "Vem betjänar mig nu?", "sysselsättningsområde", "Jobbmarknaden",
           "tyomarkkinatori.fi", "automatiskt", "behöver du inte göra något", "AMS", "Mäntyharju"),
    "en": ("What changed on 1.1.2025?", "Who serves me now?", "employment area", "Job Market Finland",
           "tyomarkkinatori.fi", "automatically", "you do not need to do anything", "AMS", "Mäntyharju"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_faq_says_what_changed_on_1_1_2025_and_who_serves_now(language):
    everything = "\n".join(entry[f"{field}_{language}"] for entry in faq_entries() for field in FAQ_FIELDS)
    for words in AFTER_THE_TRIAL[language]:
        assert words.casefold() in everything.casefold(), f"{language}: {words}"


@pytest.mark.parametrize("language, choice, not_said", [
    ("fi", "Sait valita.", "siirrettiin takaisin"),
    ("sv", "Du fick välja.", "tillbaka"),
    ("en", "You could choose.", "moved back"),
])
def test_short_unemployment_was_a_choice_not_a_move_back(language, choice, not_said):
    """Issue 9, fault 3: a choice to stay with the TE office; nobody was 'moved back' for it."""
    answer = entry_with_question("Olin työtön vain lyhyen aikaa")[f"answer_{language}"]
    assert answer.startswith(choice)
    assert not_said not in answer


@pytest.mark.parametrize("language, reasons, not_said", [
    ("fi", ("kielellisten oikeuksien turvaamiseksi", "sopimattoman asiakassuhteen välttämiseksi",
            "turvallisuuteesi liittyvästä perustellusta syystä", "ei saanut vaarantaa", "Ennen 1.6.2021"),
     "jokin muu perusteltu syy"),
    ("sv", ("trygga de språkliga rättigheterna", "undvika en kundrelation som var olämplig",
            "motiverat skäl som gällde din säkerhet", "inte äventyra", "Före 1.6.2021"),
     "något annat motiverat skäl"),
    ("en", ("to secure your language rights", "to avoid a client relationship that was unsuitable",
            "justified reason related to your safety", "not allowed to endanger", "Before 1.6.2021"),
     "another justified reason"),
])
def test_moving_back_on_request_only_from_1_6_2021_and_for_the_acts_three_reasons(language, reasons, not_said):
    """Issue 9, fault 4."""
    answer = entry_with_question("Sainko pyytää")[f"answer_{language}"]
    assert answer.startswith({"fi": "1.6.2021 alkaen", "sv": "Från och med 1.6.2021", "en": "From 1.6.2021"}[language])
    for reason in reasons:
        assert reason in answer, reason
    assert not_said not in answer


@pytest.mark.parametrize("language, words", [
    ("fi", ("1.1.2023", "taloudellisilla tai tuotannollisilla perusteilla", "55 vuotta", "viisi vuotta",
            "siirrettiin takaisin TE-toimistoon", "muutosturva")),
    ("sv", ("1.1.2023", "ekonomiska eller produktionsmässiga orsaker", "55 år", "fem år",
            "överfördes du tillbaka till TE-byrån", "omställningsskydd")),
    ("en", ("1.1.2023", "financial or production-related grounds", "at least 55", "five years",
            "moved back to the TE Office", "change security")),
])
def test_change_security_for_dismissed_55_plus_from_1_1_2023(language, words):
    answer = entry_with_question("Minut irtisanottiin")[f"answer_{language}"]
    for word in words:
        assert word in answer, word


@pytest.mark.parametrize("language, words", [
    ("fi", ("1.3.2023", "tilapäistä suojelua", "sinulla ollut kotikuntaa", "jossa asuit")),
    ("sv", ("1.3.2023", "tillfälligt skydd", "inte hade någon hemkommun", "där du bodde")),
    ("en", ("1.3.2023", "temporary protection", "had no home municipality", "where you lived")),
])
def test_temporary_protection_from_1_3_2023(language, words):
    answer = entry_with_question("Sain tilapäistä suojelua")[f"answer_{language}"]
    for word in words:
        assert word in answer, word


def test_the_faq_page_reads_the_snapshot_not_the_database(db, client, django_assert_num_queries):
    """ADR 0005: once the snapshot is warm, the FAQ page makes no query in any language."""
    assert client.get("/fi/faq/").status_code == 200
    with django_assert_num_queries(0):
        assert client.get("/sv/faq/").status_code == 200
        assert client.get("/en/faq/").status_code == 200


def test_an_unpublished_entry_leaves_the_faq_page(db, client, django_capture_on_commit_callbacks):
    question = faq_entries()[0]["question_fi"]
    heading = f">{escape(question)}</h2>"
    assert heading in client.get("/fi/faq/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        entry = FaqEntry.objects.get(question_fi=question)
        entry.published = False
        entry.save()
    assert heading not in client.get("/fi/faq/").content.decode()


def test_an_entry_without_swedish_text_is_marked_finnish_on_the_swedish_page(
    db, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        entry = FaqEntry.objects.order_by("order").first()
        entry.answer_sv = ""
        entry.save()
    body = client.get("/sv/faq/").content.decode()
    assert f'<div lang="fi"><p>{escape(entry.answer_fi.split(chr(10) * 2)[0])}</p>' in body
