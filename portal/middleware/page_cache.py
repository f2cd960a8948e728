"""Whole public pages from the cache, and what is never kept.

A public page depends on its path (language prefix included), the query parameters it
reads, the host, the portal's data, today's date and the deployed code. The key holds
all of them but the data; each stored page records the data version it was rendered
from, and is used only while that is still the current version. A staff edit sets a new
data version (portal/signals.py), so every cached page of every instance is dropped at once.
The body is compressed once, when stored, and each hit is served in the best encoding
the browser accepts.

Where a page may be kept (docs/adr/0013-answers-kept-nowhere.md):

- Information pages that read no query parameter: the shared cache (Redis or files), keyed
  by the path alone, so made-up parameters (`/fi/?bust=1`) neither miss nor add entries.
- Question and result pages (X-Robots-Tag noindex) whose every answer is canonical (option
  values, a municipality as its three-digit code): only this worker process's memory, at
  most ANSWER_PAGES pages for PORTAL_PAGE_CACHE_SECONDS; never a file, never Redis.
- A page built from typed text (a municipality name, a search) or any other query parameter
  it reads: nowhere. It is rendered for the request and forgotten.

Never cached either: other methods than GET and HEAD, pages outside the language prefixes
(the admin, /healthz), requests from a signed-in browser (session cookie), responses that
are not 200, set a cookie, vary by cookie or opt out with Cache-Control (never_cache), and
anything rendered inside an uncommitted transaction.
"""

import functools
import gzip
import hashlib
import logging
import re
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

import brotli
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation, TooManyFieldsSent
from django.http import HttpResponse, QueryDict
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
ANSWER_PAGES = 2000  # per worker process; a question or result page is about 20 KiB with its compressed copies
# An answer is canonical when it is a municipality's code, one of the options the questionnaires
# declare (portal/questionnaire/registry.py), the trial-period marker or a date. Anything else,
# a search (q) above all, may be text a visitor typed.
CODE = re.compile(r"[0-9]{3}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
SEARCH_PARAMETERS = {"q"}


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
    reads: frozenset[str] = field(default_factory=frozenset)  # query parameters the page looked at


class ReadTrackingQueryDict(QueryDict):
    """request.GET that notes which parameters the view looks at ("*": all of them)."""

    def __init__(self, query_string, encoding=None):
        self.read = set()
        super().__init__(query_string, encoding=encoding)
        self.read.clear()  # parsing the query string itself reads nothing

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self.read.add(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self.read.add(key)
        return super().__contains__(key)

    def _all(self):
        self.read.add("*")

    def lists(self):
        self._all()
        return super().lists()

    def items(self):
        self._all()
        return super().items()

    def values(self):
        self._all()
        return super().values()

    def keys(self):
        self._all()
        return super().keys()

    def __iter__(self):
        self._all()
        return super().__iter__()

    # len() and bool() tell only whether there are parameters (base.html's canonical link):
    # the shared cache stores pages requested without any, so they read nothing here.

    def dict(self):
        self._all()
        return super().dict()

    def urlencode(self, safe=None):
        self._all()
        return super().urlencode(safe)

    def copy(self):
        self._all()
        return super().copy()


def query_parameters(query_string: str, encoding: str | None) -> dict[str, list[str]]:
    """name -> values of a query string, parsed as QueryDict parses it (the same parse_qsl call),
    without building one: a page served from the cache needs only these.
    Raises TooManyFieldsSent where QueryDict would."""
    parameters = {}
    try:
        pairs = urllib.parse.parse_qsl(
            query_string, keep_blank_values=True, encoding=encoding or settings.DEFAULT_CHARSET,
            max_num_fields=settings.DATA_UPLOAD_MAX_NUMBER_FIELDS,
        )
    except ValueError as error:  # QueryDict's reading of parse_qsl's ValueError, too
        raise TooManyFieldsSent("The number of GET parameters exceeded DATA_UPLOAD_MAX_NUMBER_FIELDS.") from error
    for name, value in pairs:
        parameters.setdefault(name, []).append(value)
    return parameters


class AnswerPages:
    """Question and result pages in this process's memory only: least recently used first out."""

    def __init__(self, size: int):
        self.size = size
        self.pages: OrderedDict[Hashable, tuple[float, StoredPage]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable) -> StoredPage | None:
        with self.lock:
            found = self.pages.get(key)
            if found is None:
                return None
            if found[0] < time.monotonic():
                del self.pages[key]
                return None
            self.pages.move_to_end(key)
            return found[1]

    def set(self, key: Hashable, page: StoredPage) -> None:
        with self.lock:
            self.pages[key] = (time.monotonic() + settings.PORTAL_PAGE_CACHE_SECONDS, page)
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.pages.clear()


answer_pages = AnswerPages(ANSWER_PAGES)


@functools.cache
def answer_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(the parameters that hold a municipality, every declared option value) of all questionnaires.
    Empty if the registry cannot be read: then no answer page is kept (the safe side)."""
    try:
        from ..questionnaire.registry import QUESTIONNAIRES

        municipality_keys, option_values = {"municipality"}, {"trial"}
        for flow in QUESTIONNAIRES:
            for key, allowed in flow.rule_questions.items():
                if allowed is None:
                    municipality_keys.add(key)
                else:
                    option_values.update(str(value) for value in allowed)
    except Exception:  # a registry being rebuilt must not break every page
        logger.warning("questionnaire registry unreadable: no answer page is kept")
        return frozenset({"municipality"}), frozenset()
    return frozenset(municipality_keys), frozenset(option_values)


def typed_text_in(parameters) -> bool:
    """True unless every parameter holds a canonical answer (a code, a declared option, a date).

    `parameters`: (name, list of values) pairs, as query_parameters() gives them.
    """
    municipality_keys, option_values = answer_vocabulary()
    for name, values in parameters:
        for value in values:
            if name in SEARCH_PARAMETERS:
                return True
            if name in municipality_keys:
                if not CODE.fullmatch(value):
                    return True
            elif value not in option_values and not DATE.fullmatch(value):
                return True
    return False


def is_answer_page(response) -> bool:
    return "noindex" in response.get("X-Robots-Tag", "")


@functools.lru_cache(maxsize=64)
def accepted_encodings(header: str) -> frozenset[str]:
    """The content codings an Accept-Encoding value accepts (q > 0), lower case. Browsers send a
    handful of distinct values, so each is parsed once per process."""
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
    return frozenset(accepted)


def compress(body: bytes) -> dict[str, bytes]:
    bodies = {"identity": body}
    if len(body) >= SMALLEST_BODY_TO_COMPRESS:
        bodies["br"] = brotli.compress(body, quality=6, mode=brotli.MODE_TEXT)
        bodies["gzip"] = gzip.compress(body, compresslevel=6, mtime=0)
    return bodies


@functools.lru_cache(maxsize=1024)
def page_key(today: str, language: str, host: str, path: str) -> str:
    """The shared cache's key of a page (one that reads no parameter): `today` an ISO date.
    Memoised: it holds the path alone, never an answer."""
    parts = (RELEASE, today, language, host, path)
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
        # /api/ is never cached and reads its parameters itself (a JSON 400 for too many of them).
        if request.method not in CACHEABLE_METHODS or request.path_info.startswith("/api/"):
            return self.get_response(request)
        query_string = request.META.get("QUERY_STRING", "")
        try:
            parameters = query_parameters(query_string, request.encoding).items()
        except SuspiciousOperation:  # too many parameters: the view's own request.GET says so (a 400)
            return self.get_response(request)
        language = self.cacheable_request_language(request)
        if language is None:
            self.track_reads(request, query_string)
            return self.get_response(request)
        host = request.get_host()  # a Host not in ALLOWED_HOSTS is a 400, cached page or not
        typed = typed_text_in(parameters)
        present = {name for name, values in parameters if any(values)}
        today = clock.today().isoformat()
        try:
            key = page_key(today, language, host, request.path)
            found = cache.get_many([DATA_VERSION_KEY, key])
            version = found.get(DATA_VERSION_KEY) or data_version()
        except Exception as error:  # the cache is away: serve uncached rather than fail
            logger.warning("page cache unavailable: %s", error.__class__.__name__)
            self.track_reads(request, query_string)
            return self.get_response(request)
        stored = found.get(key)
        if stored is not None and stored.data_version == version and not (present and stored.reads & (present | {"*"})):
            return self.replay(stored, request)  # the page reads none of the parameters given
        # Kept in this process only, so the key need not be a digest.
        answer_key = None if typed else (today, language, host, request.path, query_string)
        if answer_key is not None:
            remembered = answer_pages.get(answer_key)
            if remembered is not None and remembered.data_version == version:
                return self.replay(remembered, request)

        tracked = self.track_reads(request, query_string)
        response = self.get_response(request)
        if not self.cacheable_response(response) or in_uncommitted_transaction():
            return response
        reads = frozenset(tracked.read)
        # Recorded with the version read before rendering: if staff saved meanwhile,
        # the next request renders again.
        if is_answer_page(response):
            if answer_key is None:
                return response  # built from typed text: kept nowhere
            stored = self.store(response, version, reads)
            answer_pages.set(answer_key, stored)
            return self.replay(stored, request)
        if present:
            # Only a page asked for without parameters is stored (a search is typed text, and
            # made-up parameters must add no entries); it then serves every request whose
            # parameters it does not read. A page built from the parameters is kept by no
            # browser or proxy either.
            if reads & (present | {"*"}):
                response["Cache-Control"] = "no-store"
            return response
        stored = self.store(response, version, reads)
        try:
            cache.set(key, stored, timeout=settings.PORTAL_PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("page cache unavailable: %s", error.__class__.__name__)
        return self.replay(stored, request)

    @staticmethod
    def track_reads(request, query_string: str) -> ReadTrackingQueryDict:
        """request.GET for a page about to be rendered: which parameters it reads decides where
        it may be kept and what its language links carry (portal/context_processors.py)."""
        request.GET = ReadTrackingQueryDict(query_string, encoding=request.encoding)
        return request.GET

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
    def store(response, version: str, reads: frozenset[str] = frozenset()) -> StoredPage:
        response["Cache-Control"] = browser_cache_control(response)
        # Every replay picks an encoding by Accept-Encoding.
        patch_vary_headers(response, ["Accept-Encoding"])
        headers = tuple(
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("content-length", "content-encoding")
        )
        return StoredPage(data_version=version, headers=headers, bodies=compress(response.content), reads=reads)

    @staticmethod
    def replay(stored: StoredPage, request) -> HttpResponse:
        accepted = accepted_encodings(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        encoding = next((e for e in ("br", "gzip") if e in accepted and e in stored.bodies), "identity")
        body = stored.bodies[encoding]
        headers = dict(stored.headers)  # Vary: Accept-Encoding included (store())
        if encoding != "identity":
            headers["Content-Encoding"] = encoding
        headers["Content-Length"] = str(len(body))
        return HttpResponse(b"" if request.method == "HEAD" else body, headers=headers)
