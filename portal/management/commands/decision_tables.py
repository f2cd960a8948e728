"""`manage.py decision_tables [--check]`: the committed answer-path tables, regenerated from the rules.

The tables (portal/decision_tables/*.csv) list every answer path of the sample municipalities on
each table date, so a change of the rules or of the data shows up in review as a diff of a table.
"""

import difflib
import io

from django.core.management.base import BaseCommand, CommandError

from portal import decision_table
from portal.assessment import AssessmentError, places_on, trial_period
from portal.directory import get_directory
from portal.questionnaire.registry import QUESTIONNAIRES
from portal.rules import evaluation_date

TABLES_DIR = decision_table.TABLES_DIR
SHOWN_DIFFERENCES = 6


class Command(BaseCommand):
    help = "Regenerate the decision tables in portal/decision_tables/ (--check: fail if they are out of date)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="change nothing; exit non-zero when a committed table differs")

    def handle(self, *args, check=False, **options):
        try:
            tables = render_tables()
        except AssessmentError as error:
            raise CommandError(str(error)) from None
        outdated = []
        for name, text in tables.items():
            path = TABLES_DIR / name
            committed = path.read_text(encoding="utf-8") if path.exists() else None
            if committed == text:
                self.stdout.write(f"{name}: up to date ({_row_count(text)} rows)")
                continue
            if check:
                outdated.append(name)
                self.stderr.write(describe_difference(name, committed, text))
            else:
                TABLES_DIR.mkdir(exist_ok=True)
                path.write_text(text, encoding="utf-8", newline="")
                self.stdout.write(f"{name}: written ({_row_count(text)} rows)")
        if outdated:
            raise CommandError(
                f"{', '.join(outdated)} out of date: run `manage.py decision_tables` and review the diff")


def render_tables() -> dict[str, str]:
    """File name -> CSV text of each questionnaire's table, from the rules and the data in the database."""
    directory = get_directory()
    period = trial_period(directory)
    tables = {}
    for flow in QUESTIONNAIRES:
        needed = {code for on in decision_table.TABLE_DATES for sample in flow.table_samples(on)
                  for code in sample.values()}
        missing = needed - set(directory.municipalities)
        if missing:
            raise AssessmentError(f"sample municipalities missing from the database: {', '.join(sorted(missing))}")
        rows = decision_table.flow_rows(
            flow.assess, flow.rule_questions, flow.table_samples,
            lambda on: places_on(directory, evaluation_date(period, on)), period=period,
            with_move_kind="move_kind" in flow.table_columns)
        tables[f"{flow.slug}.csv"] = _csv(rows, flow.table_columns)
    return tables


def _csv(rows, columns) -> str:
    text = io.StringIO()
    decision_table.write_csv(rows, text, columns=columns)
    return text.getvalue()


def _row_count(text: str) -> int:
    return len(text.splitlines()) - 1  # without the header


def describe_difference(name: str, committed: str | None, generated: str) -> str:
    """A few lines: how many rows differ and the first of them (- committed, + generated)."""
    if committed is None:
        return f"{name}: missing (the rules give {_row_count(generated)} rows)"
    old, new = committed.splitlines(), generated.splitlines()
    changes = [line for line in difflib.unified_diff(old, new, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    removed = sum(line.startswith("-") for line in changes)
    summary = f"{name}: {removed} row(s) only in the committed file, {len(changes) - removed} only in the rules"
    return "\n".join([summary, *changes[:SHOWN_DIFFERENCES]])
