"""Restore a backup made by export_portal_data: `manage.py import_portal_data backup.json`."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, import_data


class Command(BaseCommand):
    help = (
        "Load a backup from export_portal_data into a database without portal data, all or nothing. "
        "--replace first removes the portal data there is."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--replace", action="store_true", help="replace the portal data in the database")

    def handle(self, *args, file: Path, replace: bool, **options):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        try:
            counts = import_data(text, replace=replace, comment=f"Restored from {file.name}")
        except BackupError as error:
            raise CommandError(str(error)) from None
        summary = ", ".join(f"{count} {label.split('.')[1]}" for label, count in counts.items())
        self.stdout.write(f"Imported {summary}.")
