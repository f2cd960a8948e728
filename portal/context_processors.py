from django.conf import settings
from django.db import DatabaseError
from django.core.exceptions import SuspiciousOperation
from django.http import QueryDict
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from . import clock
from .directory import get_directory
from .rules import trial_status

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


def _language_links(request, current: str) -> list[dict]:
    """The page in each language, built from the resolved route, never from the raw path
    (`//evil.example/fi/areas/` must not become a link to another host). Error pages and
    unresolved paths link to each language's start page. The query string keeps only the
    parameters the page read (the answers of a question page), so a made-up parameter is not
    carried on, nor stored in a cached page. Evaluated when the template renders, after the view."""
    match = getattr(request, "resolver_match", None)
    error_page = getattr(request, "portal_error_page", False) or match is None or not match.url_name
    read = getattr(request.GET, "read", None)
    try:
        query = QueryDict(request.META.get("QUERY_STRING", ""), mutable=True)
    except SuspiciousOperation:  # too many parameters: this is the 400 page
        query = QueryDict(mutable=True)
    if read is not None and "*" not in read:
        for name in list(query):
            if name not in read:
                del query[name]
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                if error_page:
                    raise NoReverseMatch
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
                if query:
                    url += "?" + query.urlencode()
            except NoReverseMatch:
                url = reverse("portal:start")
        links.append({"code": code, "name": LANGUAGE_NAMES[code], "url": url, "current": code == current})
    return links


def portal(request):
    try:
        period = get_directory().period
    except DatabaseError:
        # Error pages (the 503 above all) must render when the database is away.
        period = None
    current = (get_language() or "fi")[:2]
    language_links = SimpleLazyObject(lambda: _language_links(request, current))
    return {
        "language_links": language_links,
        "current_language": current,
        "trial_period": period,
        "trial_status": trial_status(period, clock.today()) if period else None,
        "feedback_email": settings.FEEDBACK_EMAIL,
    }
