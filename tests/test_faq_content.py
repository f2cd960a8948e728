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


def test_the_shipped_faq_has_10_to_12_entries_and_all_were_seeded(db):
    entries = faq_entries()
    assert 10 <= len(entries) <= 12
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


def test_the_stale_list_detector_catches_a_hard_coded_list():
    assert names_the_stale_bilingual_list(
        "Kaksikieliset kokeilukunnat ovat Helsinki, Espoo, Vantaa, Kokkola ja Turku."
    )
    assert names_the_stale_bilingual_list(
        "Service på svenska får du i Helsingfors, Esbo, Vanda, Karleby och Åbo."
    )
    assert names_the_stale_bilingual_list("Palvelua saa ruotsiksi Helsingissä, Espoossa, Vantaalla, Kokkolassa ja Turussa.")
    assert not names_the_stale_bilingual_list("Palvelua saa ruotsiksi Helsingissä ja Espoossa.")


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
    allowed_sites = {"te-palvelut.fi", "kela.fi"}
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
