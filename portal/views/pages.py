"""The informational pages: start, trial areas, employment areas, municipality, FAQ, accessibility,
feedback. They read the in-memory snapshot (portal.directory, ADR 0005), never the database."""

import re

from django.http import Http404, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.shortcuts import render
from django.utils.translation import get_language

from .. import clock
from ..directory import get_directory
from ..http import public_page
from ..rules import EMPLOYMENT_AREAS_FROM
from ..text import best_match_rank, fold

MAX_QUERY_LENGTH = 100


@public_page
def start(request):
    directory = get_directory()
    today = clock.today()
    return render(
        request,
        "portal/start.html",
        {
            "area_count": len(directory.areas),
            "trial_municipality_count": sum(1 for m in directory.municipalities.values() if m.area_id),
            "municipality_count": len(directory.municipalities),
            "bilingual_trial_count": len(directory.bilingual_trial_municipalities(today)),
            "employment_areas_from": EMPLOYMENT_AREAS_FROM,
        },
    )


@public_page
def areas(request):
    directory = get_directory()
    language = get_language()[:2]
    query = request.GET.get("q", "")
    query_error = len(query) > MAX_QUERY_LENGTH
    folded = "" if query_error else fold(query)
    area_list = []
    for area in directory.sorted_areas(language):
        members = directory.sorted_municipalities(language, area.municipality_codes)
        rank = 0
        if folded:
            ranked = [(best_match_rank(query, (m.name.fi, m.name.sv)), m) for m in members]
            area_rank = best_match_rank(query, (area.name.fi, area.name.sv))
            ranks = [r for r, _ in ranked if r is not None] + ([area_rank] if area_rank is not None else [])
            if not ranks:
                continue
            rank = min(ranks)
            if any(r is not None for r, _ in ranked):
                members = [m for r, m in ranked if r is not None]
        area_list.append({"area": area, "municipalities": members, "rank": rank})
    # Prefix matches first ('ker': Kerava's area before one with Eckerö), then in name order.
    area_list.sort(key=lambda item: item["rank"])
    non_trial_matches, non_trial_first = [], False
    if folded:
        ranked = [
            (rank, m)
            for m in directory.sorted_municipalities(language)
            if not m.area_id and (rank := best_match_rank(query, (m.name.fi, m.name.sv))) is not None
        ]
        ranked.sort(key=lambda pair: pair[0])
        non_trial_matches = [m for _, m in ranked]
        non_trial_first = bool(ranked) and (not area_list or ranked[0][0] < area_list[0]["rank"])
    return render(
        request,
        "portal/areas.html",
        {
            "query": "" if query_error else query,
            "query_error": query_error,
            "searched": bool(folded),
            "area_list": area_list,
            "non_trial_matches": non_trial_matches,
            "non_trial_first": non_trial_first,
            # Each with the employment area that serves it today (None on Åland and once merged).
            "non_trial_rows": [{"municipality": m, "employment_area": directory.employment_area_of(m)} for m in non_trial_matches],
            "area_count": len(directory.areas),
            "trial_municipality_count": sum(1 for m in directory.municipalities.values() if m.area_id),
        },
        status=400 if query_error else 200,
    )


@public_page
def municipality(request, code):
    """A municipality's page: who arranges its employment services today (the employment area since
    1.1.2025, AMS on Åland, or the municipality it merged into), then the trial period 2021–2024.
    404 for a code that is not three digits or not in the data."""
    directory = get_directory()
    info = directory.municipalities.get(code) if re.fullmatch(r"[0-9]{3}", code) else None
    if info is None:
        raise Http404("unknown municipality")
    today = clock.today()
    merged_into, merged_on = None, None
    change = directory.changes.get(code)
    if change is not None and today >= change[1]:
        merged_into, merged_on = directory.municipalities.get(change[0]), change[1]
    serving = merged_into or info
    employment_area = directory.employment_area_of(serving)
    area_partners = []
    if employment_area:
        area_partners = [
            m
            for m in directory.sorted_municipalities(None, employment_area.municipality_codes)
            if m.code != serving.code
        ]
    area = directory.area_of(info)
    partners = []
    if area:
        partners = [m for m in directory.sorted_municipalities(None, area.municipality_codes) if m.code != code]
    return render(
        request,
        "portal/municipality.html",
        {
            "municipality": info,
            "merged_into": merged_into,
            "merged_on": merged_on,
            "employment_area": employment_area,
            "employment_area_partners": area_partners,
            "arranges_alone": bool(employment_area) and len(employment_area.municipality_codes) == 1,
            "aland": serving.aland,
            "ams": directory.te_offices.get(serving.te_office_id) if serving.aland else None,
            "employment_areas_from": EMPLOYMENT_AREAS_FROM,
            "period": directory.period,
            "area": area,
            "partners": partners,
            "te_office": directory.te_office_of(info),
            "language_status": info.language_status_on(today),
        },
    )


def _employment_area_matches(directory, language: str, query: str):
    """The areas a search matches, best first: (area list, Åland municipalities, merged ones).

    An area matches by its name in any language or by a member's Finnish or Swedish name; then only
    the matching members are listed. A municipality merged into another one (Pertunmaa) brings
    the area of the one it joined. Åland's municipalities have no area (AMS): listed apart.
    """
    items = []
    for area in directory.sorted_employment_areas(language):
        members = directory.sorted_municipalities(language, area.municipality_codes)
        rank = 0
        if query:
            ranked = [(best_match_rank(query, (m.name.fi, m.name.sv)), m) for m in members]
            area_rank = best_match_rank(query, (area.name.fi, area.name.sv, area.name.en))
            ranks = [r for r, _ in ranked if r is not None] + ([area_rank] if area_rank is not None else [])
            if not ranks:
                continue
            rank = min(ranks)
            if any(r is not None for r, _ in ranked):
                members = [m for r, m in ranked if r is not None]
        items.append({"area": area, "municipalities": members, "alone": len(area.municipality_codes) == 1, "rank": rank})
    aland, merged = [], []
    if query:
        for m in directory.sorted_municipalities(language):
            if m.employment_area_code or best_match_rank(query, (m.name.fi, m.name.sv)) is None:
                continue
            change = directory.changes.get(m.code)
            if m.aland:
                aland.append(m)
            elif change is not None:
                joined = directory.municipalities[change[0]]
                merged.append({"municipality": m, "joined": joined, "valid_from": change[1]})
                area = directory.employment_area_of(joined)
                if area and all(item["area"].code != area.code for item in items):
                    items.append({
                        "area": area,
                        "municipalities": [joined],
                        "alone": len(area.municipality_codes) == 1,
                        "rank": best_match_rank(query, (m.name.fi, m.name.sv)),
                    })
    items.sort(key=lambda item: item["rank"])  # stable: name order within a rank
    return items, aland, merged


@public_page
def employment_areas(request):
    """The 45 employment areas (since 1.1.2025) with their member municipalities, in the page
    language's alphabetical order; `?q=` searches municipality and area names (case and accents
    ignored), 400 with a message when longer than MAX_QUERY_LENGTH."""
    directory = get_directory()
    language = get_language()[:2]
    query = request.GET.get("q", "")
    query_error = len(query) > MAX_QUERY_LENGTH
    searched = not query_error and bool(fold(query))
    area_list, aland_matches, merged_matches = _employment_area_matches(directory, language, query if searched else "")
    return render(
        request,
        "portal/employment_areas.html",
        {
            "query": "" if query_error else query,
            "query_error": query_error,
            "searched": searched,
            "area_list": area_list,
            "aland_matches": aland_matches,
            "merged_matches": merged_matches,
            "employment_area_count": len(directory.employment_areas),
            "member_count": sum(len(a.municipality_codes) for a in directory.employment_areas.values()),
            "employment_areas_from": EMPLOYMENT_AREAS_FROM,
        },
        status=400 if query_error else 200,
    )


@public_page
def faq(request):
    """The published FAQ entries from the snapshot (ADR 0005: public pages make no SQL once warm)."""
    return render(
        request, "portal/faq.html", {"entries": get_directory().faq, "employment_areas_from": EMPLOYMENT_AREAS_FROM}
    )


@public_page
def accessibility(request):
    return render(request, "portal/accessibility.html")


@public_page
def feedback(request):
    return render(request, "portal/feedback.html")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links; send them to the real icon."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
