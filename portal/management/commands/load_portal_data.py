"""Seed an empty database with the shipped data. Never touches data that is already there."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import models, shipped_data
from portal.models import FaqEntry, Municipality, TeOffice, TrialArea, TrialPeriod


class Command(BaseCommand):
    help = (
        "Load the shipped trial, municipality, TE office, employment area, merger, legal source and FAQ "
        "data into an empty database."
    )

    def handle(self, *args, **options):
        if Municipality.objects.exists() or TrialPeriod.objects.exists():
            self.stdout.write("Data already loaded; nothing changed (staff own it now).")
            return
        with transaction.atomic():
            counts = load_all()
        self.stdout.write(
            "Loaded {te_offices} TE offices, {areas} trial areas, {municipalities} municipalities, "
            "{employment_areas} employment areas, {changes} municipal mergers, {legal_sources} legal sources, "
            "{faq} FAQ entries and the trial period.".format(**counts)
        )


def load_all() -> dict[str, int]:
    TrialPeriod.objects.create(start=shipped_data.TRIAL_START, end=shipped_data.TRIAL_END)

    offices = {}
    for row in shipped_data.te_offices():
        offices[row["te_office_id"]] = TeOffice.objects.create(
            office_id=row["te_office_id"],
            name_fi=row["name_fi"],
            name_sv=row["name_sv"],
            name_en=row["name_en"],
            is_te_office=row["is_te_office"] == "yes",
        )

    areas = {}
    area_of_code = {}
    for row in shipped_data.trial_area_rows():
        if row["area_id"] not in areas:
            areas[row["area_id"]] = TrialArea.objects.create(
                area_id=row["area_id"],
                name_fi=row["area_name_fi"],
                name_sv=row["area_name_sv"],
                name_en=row["area_name_en"],
            )
        area_of_code[row["municipality_code"]] = areas[row["area_id"]]

    office_of_region = shipped_data.te_office_by_region()
    municipalities = [
        Municipality(
            code=row["code"],
            name_fi=row["name_fi"],
            name_sv=row["name_sv"],
            region_fi=row["region_fi"],
            region_sv=row["region_sv"],
            region_en=row["region_en"],
            language_status_2013_2022=row["language_status_2013_2022"],
            language_status_2023_2032=row["language_status_2023_2032"],
            area=area_of_code.get(row["code"]),
            te_office=offices[office_of_region[row["region_fi"]]],
        )
        for row in shipped_data.municipalities()
    ]
    Municipality.objects.bulk_create(municipalities)
    added = shipped_data.add_2025_data(lambda name: getattr(models, name))

    faq = [
        FaqEntry(
            order=index * 10,
            question_fi=entry["question_fi"],
            question_sv=entry["question_sv"],
            question_en=entry.get("question_en", ""),
            answer_fi=entry["answer_fi"],
            answer_sv=entry["answer_sv"],
            answer_en=entry.get("answer_en", ""),
        )
        for index, entry in enumerate(shipped_data.faq_entries(), start=1)
    ]
    FaqEntry.objects.bulk_create(faq)
    # bulk_create sends no signals: start a fresh data version by hand.
    from portal.directory import bump_data_version

    bump_data_version()
    return {
        "te_offices": len(offices),
        "areas": len(areas),
        "municipalities": len(municipalities),
        "employment_areas": added["employment_areas"],
        "changes": added["changes"],
        "legal_sources": added["legal_sources"],
        "faq": len(faq),
    }
