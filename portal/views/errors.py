"""Error pages in the visitor's language, without a stack trace."""

import logging

from django.core.exceptions import SuspiciousOperation
from django.http import HttpResponseServerError, QueryDict
from django.shortcuts import render
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)


def without_unreadable_query(request) -> None:
    """An error page must render even when the query string itself was the error (too many
    parameters): the page then sees none."""
    try:
        request.GET  # noqa: B018  (parses it)
    except SuspiciousOperation:
        request.GET = QueryDict()


def bad_request(request, exception=None):
    without_unreadable_query(request)
    request.portal_error_page = True  # language links go to each language's start page
    return render(request, "errors/400.html", status=400)


def permission_denied(request, exception=None):
    without_unreadable_query(request)
    request.portal_error_page = True  # language links go to each language's start page
    return render(request, "errors/403.html", status=403)


def page_not_found(request, exception=None):
    without_unreadable_query(request)
    request.portal_error_page = True  # language links go to each language's start page
    return render(request, "errors/404.html", status=404)


def server_error(request):
    without_unreadable_query(request)
    request.portal_error_page = True
    try:
        return render(request, "errors/500.html", status=500)
    except Exception:
        # The layout itself is broken (a missing static manifest, a template error):
        # a bare page in the visitor's language still beats Django's plain-text fallback.
        logger.exception("the 500 page could not be rendered")
        title, message = escape(_("Palvelussa on häiriö")), escape(_("Pahoittelemme. Yritä hetken kuluttua uudelleen."))
        return HttpResponseServerError(
            f'<!DOCTYPE html><html lang="{escape(get_language() or "fi")}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title></head>'
            f"<body><main><h1>{title}</h1><p>{message}</p></main></body></html>"
        )
