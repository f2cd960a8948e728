"""Public pages take no request body: other methods than GET and HEAD get a 405, and a GET with
a body a 400, before anything reads the body.

Outside the admin every page only shows information. Django's CSRF check would otherwise parse
(and spool to disk) a multipart body before the view's own 405, and answer a POST without a
CSRF cookie with a misleading 403.
"""

from django.shortcuts import render
from django.utils import translation
from django.utils.translation import get_language_from_path

from ..views.errors import without_unreadable_query

ADMIN_PREFIX = "/admin/"
# The open data answers OPTIONS (CORS preflight) and its own JSON 405; it never reads a body.
API_PREFIX = "/api/"
SAFE_METHODS = ("GET", "HEAD")


def has_body(request) -> bool:
    length = request.META.get("CONTENT_LENGTH") or "0"
    return "HTTP_TRANSFER_ENCODING" in request.META or not length.isdigit() or int(length) > 0


class PublicMethodsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith((ADMIN_PREFIX, API_PREFIX)):
            return self.get_response(request)
        if request.method not in SAFE_METHODS:
            response = self.refuse(request, "errors/405.html", 405)
            response["Allow"] = ", ".join(SAFE_METHODS)
            return response
        if has_body(request):
            return self.refuse(request, "errors/400.html", 400)
        return self.get_response(request)

    @staticmethod
    def refuse(request, template: str, status: int):
        without_unreadable_query(request)
        request.portal_error_page = True  # language links go to each language's start page
        with translation.override(get_language_from_path(request.path_info) or "fi"):
            response = render(request, template, status=status)
        response["Cache-Control"] = "no-store"
        return response
