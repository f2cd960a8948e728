"""The one list of questionnaires that everything iterates (issue 12, ADR 0010).

The URL conf, the navigation and start-page cards, the municipality pages' links, the admin's
decision-table downloads, `assess`, the decision tables and the browser harness all read
QUESTIONNAIRES. Each entry is a `Flow` (engine.py) exposing at least `slug`, `title`, `assess`
(the rules function) and `rule_questions` (key -> allowed values, None for a municipality).

To add a questionnaire: docs/adding-a-questionnaire.md.
"""

from __future__ import annotations

from . import eligibility, move
from .engine import Flow

QUESTIONNAIRES: tuple[Flow, ...] = (eligibility.FLOW, move.FLOW)
SLUGS: tuple[str, ...] = tuple(flow.slug for flow in QUESTIONNAIRES)


def get(slug: str) -> Flow:
    """The questionnaire `slug`; LookupError naming the known ones otherwise."""
    for flow in QUESTIONNAIRES:
        if flow.slug == slug:
            return flow
    raise LookupError(f"unknown questionnaire {slug!r} (known: {', '.join(SLUGS)})")
