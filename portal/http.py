"""Small HTTP helpers shared by the public views."""

from functools import wraps

from django.shortcuts import render

SAFE_METHODS = ("GET", "HEAD")


def public_page(view):
    """Public pages answer GET and HEAD; any other method gets a clear 405 page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in SAFE_METHODS:
            response = render(request, "errors/405.html", status=405)
            response["Allow"] = ", ".join(SAFE_METHODS)
            return response
        return view(request, *args, **kwargs)

    return wrapper


def noindex(response):
    """Question and result pages carry personal answers in the URL: keep them out of search engines."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
