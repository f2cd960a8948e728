"""Whole public pages from the shared cache.

A public page depends only on its URL (language prefix and query string included),
the host, the portal's data, today's date and the deployed code. The key holds all of
them but the data; each stored page records the data version it was rendered from, and
is used only while that is still the current version. A staff edit sets a new data
version (portal/signals.py), so every cached page of every instance is dropped at once.
One cache round trip per hit fetches both the current version and the page.
The body is compressed once, when stored, and each hit is served in the best encoding
the browser accepts.

Never cached: other methods than GET and HEAD, pages outside the language prefixes
(the admin, /healthz), requests from a signed-in browser (session cookie), and
responses that are not 200, set a cookie, vary by cookie or opt out with
Cache-Control (never_cache).
"""

import gzip
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

import brotli
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.translation import get_language_from_path

from .. import clock
from ..directory import DATA_VERSION_KEY, data_version
from ..signals import retry_pending_invalidation
from ..transactions import in_uncommitted_transaction

logger = logging.getLogger(__name__)

CACHEABLE_METHODS = ("GET", "HEAD")
SMALLEST_BODY_TO_COMPRESS = 200
OPT_OUT_DIRECTIVES = {"private", "no-cache", "no-store"}


def release_fingerprint() -> str:
    """A digest of the code, templates, catalogues and static manifest of this deployment.

    Instances running the same release share cached pages; a new release never
    serves a page rendered by the previous one.
    """
    base = Path(settings.BASE_DIR)
    # The manifest names the hashed static files the pages link to; where STATIC_ROOT is
    # may differ between instances, so only its content counts.
    files = {
        "requirements.txt": base / "requirements.txt",
        "staticfiles.json": Path(settings.STATIC_ROOT) / "staticfiles.json",
    }
    for folder, pattern in (("portal", "*.py"), ("portal", "*.html"), ("templates", "*.html"), ("locale", "*.mo"),
                            ("config", "*.py")):
        files.update({str(path.relative_to(base)): path for path in (base / folder).rglob(pattern)})
    digest = hashlib.sha256()
    for name in sorted(files):
        if files[name].is_file():
            digest.update(name.encode())
            digest.update(files[name].read_bytes())
    return digest.hexdigest()[:16]


RELEASE = release_fingerprint()


@dataclass(frozen=True)
class StoredPage:
    data_version: str
    headers: tuple[tuple[str, str], ...]
    bodies: dict[str, bytes]  # content encoding -> body; "identity" is always there


def accepted_encodings(header: str) -> set[str]:
    accepted = set()
    for item in header.split(","):
        name, _, parameters = item.partition(";")
        quality = 1.0
        for parameter in parameters.split(";"):
            key, _, value = parameter.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            accepted.add(name.strip().lower())
    return accepted


def compress(body: bytes) -> dict[str, bytes]:
    bodies = {"identity": body}
    if len(body) >= SMALLEST_BODY_TO_COMPRESS:
        bodies["br"] = brotli.compress(body, quality=6, mode=brotli.MODE_TEXT)
        bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
    return bodies


def page_key(request, language: str, host: str) -> str:
    parts = (
        RELEASE,
        clock.today().isoformat(),
        language,
        host,
        request.get_full_path(),
    )
    digest = hashlib.sha256("\n".join(parts).encode("utf-8", "backslashreplace")).hexdigest()
    return f"page:{digest}"


def browser_cache_control(response) -> str:
    # Question and result pages (noindex) show a citizen's answers: no copy on a shared
    # computer's disk or in a proxy. The Back button still works, it re-requests the GET.
    if "noindex" in response.get("X-Robots-Tag", ""):
        return "no-store"
    return f"public, max-age={settings.PORTAL_BROWSER_CACHE_SECONDS}"


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        retry_pending_invalidation()
        language = self.cacheable_request_language(request)
        if language is None:
            return self.get_response(request)
        host = request.get_host()  # a Host not in ALLOWED_HOSTS is a 400, cached page or not
        try:
            key = page_key(request, language, host)
            found = cache.get_many([DATA_VERSION_KEY, key])
            version = found.get(DATA_VERSION_KEY) or data_version()
        except Exception as error:  # the cache is away: serve uncached rather than fail
            logger.warning("page cache unavailable: %s", error.__class__.__name__)
            return self.get_response(request)
        stored = found.get(key)
        if stored is not None and stored.data_version == version:
            return self.replay(stored, request)
        response = self.get_response(request)
        if not self.cacheable_response(response) or in_uncommitted_transaction():
            return response
        # Recorded with the version read before rendering: if staff saved meanwhile,
        # the next request renders again.
        stored = self.store(response, version)
        try:
            cache.set(key, stored, timeout=settings.PORTAL_PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("page cache unavailable: %s", error.__class__.__name__)
        return self.replay(stored, request)

    @staticmethod
    def cacheable_request_language(request) -> str | None:
        if not settings.PORTAL_PAGE_CACHE or request.method not in CACHEABLE_METHODS:
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        return get_language_from_path(request.path_info)

    @staticmethod
    def cacheable_response(response) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if "cookie" in {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", ""))}:
            return False
        directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
        return not (directives & OPT_OUT_DIRECTIVES)

    @staticmethod
    def store(response, version: str) -> StoredPage:
        response["Cache-Control"] = browser_cache_control(response)
        headers = tuple(
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("content-length", "content-encoding")
        )
        return StoredPage(data_version=version, headers=headers, bodies=compress(response.content))

    @staticmethod
    def replay(stored: StoredPage, request) -> HttpResponse:
        accepted = accepted_encodings(request.headers.get("Accept-Encoding", ""))
        encoding = next((e for e in ("br", "gzip") if e in accepted and e in stored.bodies), "identity")
        body = stored.bodies[encoding]
        response = HttpResponse(b"" if request.method == "HEAD" else body)
        for name, value in stored.headers:
            response[name] = value
        if encoding != "identity":
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(body))
        patch_vary_headers(response, ["Accept-Encoding"])
        return response
