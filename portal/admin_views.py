"""Staff-only downloads beside the admin: the generated decision tables."""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404

from .decision_table import TABLES_DIR
from .questionnaire.registry import QUESTIONNAIRES

DECISION_TABLES = {flow.slug: f"{flow.slug}.csv" for flow in QUESTIONNAIRES}
DEFAULT_DECISION_TABLES_DIR = TABLES_DIR


def decision_tables_dir() -> Path:
    return Path(getattr(settings, "PORTAL_DECISION_TABLES_DIR", DEFAULT_DECISION_TABLES_DIR))


def decision_table(request, name):
    """The CSV table of every answer path (wrap in admin_view: staff only)."""
    if name not in DECISION_TABLES:
        raise Http404("unknown decision table")
    path = decision_tables_dir() / DECISION_TABLES[name]
    if not path.is_file():
        raise Http404("decision table not generated")
    response = FileResponse(path.open("rb"), as_attachment=True, filename=DECISION_TABLES[name])
    response["Content-Type"] = "text/csv; charset=utf-8"
    return response
