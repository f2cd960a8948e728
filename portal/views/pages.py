"""The informational pages: start, trial areas, municipality, FAQ, accessibility, feedback."""

import re

from django.http import Http404, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.shortcuts import render
from django.utils.translation import get_language

from .. import clock
from ..directory import get_directory
from ..http import public_page
from ..models import FaqEntry
from ..text import fold

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
        if folded:
            members = [m for m in members if folded in fold(m.name.fi) or folded in fold(m.name.sv)]
            if not members and folded not in fold(area.name.fi) and folded not in fold(area.name.sv):
                continue
        area_list.append({"area": area, "municipalities": members})
    non_trial_matches = []
    if folded:
        non_trial_matches = [
            m
            for m in directory.sorted_municipalities(language)
            if not m.area_id and (folded in fold(m.name.fi) or folded in fold(m.name.sv))
        ]
    return render(
        request,
        "portal/areas.html",
        {
            "query": "" if query_error else query,
            "query_error": query_error,
            "searched": bool(folded),
            "area_list": area_list,
            "non_trial_matches": non_trial_matches,
            "area_count": len(directory.areas),
            "trial_municipality_count": sum(1 for m in directory.municipalities.values() if m.area_id),
        },
        status=400 if query_error else 200,
    )


@public_page
def municipality(request, code):
    directory = get_directory()
    info = directory.municipalities.get(code) if re.fullmatch(r"[0-9]{3}", code) else None
    if info is None:
        raise Http404("unknown municipality")
    today = clock.today()
    area = directory.area_of(info)
    partners = []
    if area:
        partners = [m for m in directory.sorted_municipalities(None, area.municipality_codes) if m.code != code]
    return render(
        request,
        "portal/municipality.html",
        {
            "municipality": info,
            "area": area,
            "partners": partners,
            "te_office": directory.te_office_of(info),
            "language_status": info.language_status_on(today),
        },
    )


@public_page
def faq(request):
    return render(request, "portal/faq.html", {"entries": FaqEntry.objects.filter(published=True)})


@public_page
def accessibility(request):
    return render(request, "portal/accessibility.html")


@public_page
def feedback(request):
    return render(request, "portal/feedback.html")


def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links; send them to the real icon."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
