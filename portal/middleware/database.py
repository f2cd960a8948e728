"""A friendly 503 page in the visitor's language when the database is away.

Django would answer a lost database with a 500 page and an error report. This
answers 503 with Retry-After instead; the next request connects again by itself
(CONN_HEALTH_CHECKS), so the portal recovers when the database returns.
"""

import logging

from django.db import InterfaceError, OperationalError
from django.shortcuts import render

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30


def unavailable_response(request):
    request.portal_error_page = True  # language links go to each language's start page
    response = render(request, "errors/503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        # The path only: a query string may hold a citizen's answers.
        logger.error("database unavailable on %s: %s", request.path, exception.__class__.__name__)
        return unavailable_response(request)
