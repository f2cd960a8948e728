"""Write everything staff edit as JSON: `manage.py export_portal_data > backup.json`."""

from django.core.management.base import BaseCommand

from portal.backup import export_data


class Command(BaseCommand):
    help = (
        "Print the trial period, TE offices, trial areas, employment areas, municipalities, municipal mergers, "
        "legal sources and FAQ as JSON (a backup)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="write to this file instead of standard output")

    def handle(self, *args, output=None, **options):
        data = export_data()
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(data)
        else:
            self.stdout.write(data, ending="")
