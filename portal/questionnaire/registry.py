"""The one list of questionnaires that everything iterates (issue 12, ADR 0010).

The URL conf, the navigation and start-page cards, the municipality pages' links, the admin's
decision-table downloads, `assess`, the decision tables and the browser harness all read
QUESTIONNAIRES. Each is the `FLOW` (engine.Flow) of one module in portal/questionnaire/flows/,
found by importing every module there, and ordered by `Flow.position`; a module without `FLOW` is
an error, not silently left out.

To add a questionnaire: docs/adding-a-questionnaire.md.
"""

from __future__ import annotations

import importlib
import pkgutil

from . import flows
from .engine import Flow


def _discover() -> tuple[Flow, ...]:
    found = []
    for module_info in pkgutil.iter_modules(flows.__path__):
        module = importlib.import_module(f"{flows.__name__}.{module_info.name}")
        flow = getattr(module, "FLOW", None)
        if not isinstance(flow, Flow):
            raise ImportError(f"{module.__name__} defines no FLOW (engine.Flow)")
        found.append(flow)
    slugs = [flow.slug for flow in found]
    if len(set(slugs)) != len(slugs):
        raise ImportError(f"two questionnaires share a slug: {sorted(slugs)}")
    return tuple(sorted(found, key=lambda flow: (flow.position, flow.slug)))


QUESTIONNAIRES: tuple[Flow, ...] = _discover()
SLUGS: tuple[str, ...] = tuple(flow.slug for flow in QUESTIONNAIRES)


def get(slug: str) -> Flow:
    """The questionnaire `slug`; LookupError naming the known ones otherwise."""
    for flow in QUESTIONNAIRES:
        if flow.slug == slug:
            return flow
    raise LookupError(f"unknown questionnaire {slug!r} (known: {', '.join(SLUGS)})")
