"""The FAQ data migration (0005) gives an existing database the new texts and never overwrites an
entry staff have edited."""

import importlib

import pytest
from django.db.migrations.loader import MigrationLoader

from portal.models import FaqEntry
from portal.shipped_data import faq_entries

pytestmark = pytest.mark.django_db

MIGRATION = ("portal", "0005_faq_after_the_trial")
migration = importlib.import_module("portal.migrations.0005_faq_after_the_trial")


@pytest.fixture(scope="module")
def apps():
    """The models as the migration sees them (historical: no modeltranslation descriptors)."""
    return MigrationLoader(None).project_state(MIGRATION).apps
FIELDS = migration.FIELDS
SHORT_UNEMPLOYMENT, SWEDISH, FIRST = 5, 6, 0  # indexes in SHIPPED_BEFORE


def load_the_old_faq():
    """A database as the set-up loaded it before: the 12 entries shipped before, order 10, 20, ..."""
    FaqEntry.objects.all().delete()
    for index, texts in enumerate(migration.SHIPPED_BEFORE):
        FaqEntry.objects.create(order=(index + 1) * 10, **{field: texts[field] for field in FIELDS})


def row_for(question_fi: str) -> FaqEntry:
    return FaqEntry.objects.get(question_fi=question_fi)


def test_the_shipped_faq_is_what_the_migration_gives_existing_databases():
    """A new database (faq.json) and a migrated one hold the same texts: change both together."""
    assert [{f: e[f] for f in FIELDS} for e in faq_entries()] == migration.SHIPPED_NOW


def test_the_old_texts_are_replaced_and_a_staff_edit_is_kept(apps):
    load_the_old_faq()
    old = migration.SHIPPED_BEFORE
    staff_text = "Kaupunkimme ohje: soita meille, jos työttömyytesi on lyhyt."
    edited = row_for(old[SHORT_UNEMPLOYMENT]["question_fi"])
    edited.answer_fi = staff_text
    edited.save()
    unpublished = row_for(old[SWEDISH]["question_fi"])
    unpublished.published = False
    unpublished.order = 999  # staff moved it
    unpublished.save()
    saved_by_admin = row_for(old[FIRST]["question_fi"])
    saved_by_admin.answer_sv = old[FIRST]["answer_sv"].replace("\n", "\r\n") + " "  # opened and saved
    saved_by_admin.save()

    migration.forwards(apps, None)

    new = migration.SHIPPED_NOW
    assert FaqEntry.objects.count() == len(new) == 17
    # The staff edit is kept whole: the old question and the staff's answer.
    edited.refresh_from_db()
    assert edited.answer_fi == staff_text
    assert edited.question_fi == old[SHORT_UNEMPLOYMENT]["question_fi"]
    assert edited.answer_sv == old[SHORT_UNEMPLOYMENT]["answer_sv"]
    # Every other old entry now has its new text; published flag and a moved order are kept.
    for old_index, new_index in migration.REPLACES:
        if old_index == SHORT_UNEMPLOYMENT:
            continue
        row = FaqEntry.objects.get(question_fi=new[new_index]["question_fi"])
        assert [getattr(row, f) for f in FIELDS] == [new[new_index][f] for f in FIELDS]
        plain = apps.get_model("portal", "FaqEntry").objects.get(pk=row.pk)  # the untranslated columns
        assert plain.question == new[new_index]["question_fi"] and plain.answer == new[new_index]["answer_fi"]
        if old_index == SWEDISH:
            assert row.published is False and row.order == 999
        else:
            assert row.published is True and row.order == (new_index + 1) * 10
    # The new questions were added in their places.
    for question, order in (("Mikä muuttui 1.1.2025?", 10), ("Kuka palvelee minua nyt?", 20)):
        assert row_for(question).order == order
    assert FaqEntry.objects.filter(question_fi__startswith="Minut irtisanottiin").count() == 1
    # The false claim (issue 9) is left only in the entry staff edited, which is theirs to fix.
    claim = "your situation changed like this, you were moved back to the TE Office"
    assert list(FaqEntry.objects.filter(answer_en__contains=claim)) == [edited]

    # Running it again changes nothing.
    before = list(FaqEntry.objects.order_by("pk").values())
    migration.forwards(apps, None)
    assert list(FaqEntry.objects.order_by("pk").values()) == before


def test_backwards_restores_the_old_texts_and_keeps_the_staff_edit(apps):
    load_the_old_faq()
    edited = row_for(migration.SHIPPED_BEFORE[SHORT_UNEMPLOYMENT]["question_fi"])
    edited.answer_en = "Our own text."
    edited.save()
    migration.forwards(apps, None)
    migration.backwards(apps, None)
    assert FaqEntry.objects.count() == 12
    for index, texts in enumerate(migration.SHIPPED_BEFORE):
        row = row_for(texts["question_fi"])
        if index == SHORT_UNEMPLOYMENT:
            assert row.answer_en == "Our own text."
        else:
            assert [getattr(row, f) for f in FIELDS] == [texts[f] for f in FIELDS]
            assert row.order == (index + 1) * 10


def test_an_empty_database_is_left_to_the_loader(apps):
    FaqEntry.objects.all().delete()
    migration.forwards(apps, None)
    assert FaqEntry.objects.count() == 0
