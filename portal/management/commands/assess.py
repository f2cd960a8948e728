"""`manage.py assess eligibility|move --answers JSON [--date YYYY-MM-DD]`: one result as JSON.

The contract is "The checking command" in the rules spec. Bad input exits non-zero with one line.
"""

import json
import re
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from portal.assessment import AssessmentError, assess, quote

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number",
               float: "a number", bool: "a boolean", type(None): "null"}


class Command(BaseCommand):
    help = ("Assess answers to a questionnaire (eligibility or move) and print the result as JSON. "
            "Municipalities by code or Finnish or Swedish name.")

    def add_arguments(self, parser):
        # Plain strings, checked in handle(), so every mistake gets the same one-line message.
        parser.add_argument("questionnaire", help="eligibility or move")
        parser.add_argument("--answers", required=True,
                            help='a JSON object, e.g. \'{"municipality": "Kerava", "jobseeker": "unemployed"}\'')
        parser.add_argument("--date", help="evaluation date YYYY-MM-DD (default: today)")

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.error = _one_line_error(parser)
        return parser

    def handle(self, *args, questionnaire, answers, date=None, **options):
        on = parse_date(date) if date is not None else None
        raw_answers = parse_answers(answers)
        try:
            result = assess(questionnaire, raw_answers, on=on)
        except AssessmentError as error:
            raise CommandError(str(error)) from None
        except DatabaseError as error:
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise CommandError(f"the database is not ready ({first_line}); run `make data`") from None
        self.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))


def parse_date(text: str) -> date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise CommandError(f"malformed date {quote(text)} for --date (expected YYYY-MM-DD, e.g. 2022-05-02)")


def parse_answers(text: str) -> dict:
    try:
        answers = json.loads(text, object_pairs_hook=_object_without_duplicate_keys)
    except json.JSONDecodeError as error:
        raise CommandError(
            f"malformed JSON in --answers: {error.msg} (line {error.lineno}, column {error.colno})") from None
    if not isinstance(answers, dict):
        raise CommandError(f"--answers must be a JSON object, not {_JSON_TYPES[type(answers)]}")
    return answers


def _object_without_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise CommandError(f"duplicate key {quote(key)} in --answers")
    return dict(pairs)


def _one_line_error(parser):
    """argparse prints the whole usage before an error; the spec wants one line."""
    default_error = parser.error

    def error(message):
        if parser.called_from_command_line:
            parser.exit(2, f"CommandError: {message} (see `manage.py assess --help`)\n")
        default_error(message)

    return error
