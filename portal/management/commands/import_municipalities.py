"""Load a corrected municipalities CSV: a dry run by default, --apply saves all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from portal.municipality_import import apply_plan, plan_import


class Command(BaseCommand):
    help = (
        "Compare a municipalities CSV (columns of portal/data/municipalities.csv plus optional area_id) "
        "with the database and print what would change; --apply saves it in one transaction. "
        "Any bad row stops the whole import."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--apply", action="store_true", help="save the changes (default: only show them)")

    def handle(self, *args, file: Path, apply: bool, **options):
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise CommandError(_("Tiedostoa ei voi lukea: %(file)s (%(reason)s)") % {"file": file, "reason": error.strerror})
        plan = plan_import(raw)
        if plan.errors:
            for error in plan.errors:
                self.stderr.write(error)
            raise CommandError(
                _("Virheellisiä rivejä %(count)d: mitään ei tuotu. Korjaa tiedosto ja yritä uudelleen.") % {"count": len(plan.errors)}
            )

        for change in plan.new:
            self.stdout.write(
                _("rivi %(line)d: uusi kunta %(municipality)s") % {"line": change.line, "municipality": change.municipality}
            )
        for change in plan.changed:
            fields = "; ".join(f"{name} {old!r} → {new!r}" for name, (old, new) in change.changes.items())
            self.stdout.write(
                _("rivi %(line)d: %(municipality)s: %(fields)s")
                % {"line": change.line, "municipality": change.municipality, "fields": fields}
            )
        self.stdout.write(
            _("Uusia %(new)d, muuttuneita %(changed)d, ennallaan %(unchanged)d.")
            % {"new": len(plan.new), "changed": len(plan.changed), "unchanged": plan.unchanged}
        )
        if plan.not_in_file:
            self.stdout.write(
                _("%(count)d tietokannan kuntaa puuttuu tiedostosta; niihin ei kosketa.") % {"count": plan.not_in_file}
            )
        if not apply:
            self.stdout.write(_("Mitään ei tallennettu. Tallenna muutokset lisäämällä --apply."))
            return
        apply_plan(plan, comment=_("Tuotu tiedostosta %(name)s") % {"name": file.name})
        self.stdout.write(_("Tallennettu."))
