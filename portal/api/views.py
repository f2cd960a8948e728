"""The open-data endpoints under /api/v1/: read-only JSON (default) or CSV (?format=csv).

Every endpoint answers GET and HEAD (OPTIONS for a CORS preflight; any other method: 405),
carries a weak ETag and a Last-Modified derived from the data version and the release, answers
a conditional GET with 304, sends `Cache-Control: public, max-age=PORTAL_BROWSER_CACHE_SECONDS`
and `Access-Control-Allow-Origin: *`. A bad parameter (unknown name, repeated, longer than 100
characters, unknown format, bad date, unknown municipality) gets a 4xx with a JSON body
{"error": {"status", "code", "message", "parameter"}}; nothing a visitor sends is logged.
Bodies come from the in-memory snapshot (no SQL once warm); a dataset's bodies are rendered and
compressed once per data version and process. URLs and fields: docs/open-data.md.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import logging
import re
import threading
from dataclasses import dataclass, field
import functools
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import TooManyFieldsSent
from django.http import HttpResponse, JsonResponse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import condition

from .. import clock
from ..directory import Directory, MunicipalityInfo, get_directory
from ..middleware.page_cache import RELEASE, accepted_encodings, compress
from ..transactions import in_uncommitted_transaction
from . import data

logger = logging.getLogger(__name__)

READ_METHODS = ("GET", "HEAD")
ALLOWED_METHODS = (*READ_METHODS, "OPTIONS")
FORMATS = {"json": "application/json", "csv": "text/csv; charset=utf-8"}
MAX_VALUE_LENGTH = 100
JSON_PARAMS = {"ensure_ascii": False}
DATE_FORMAT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
PREFLIGHT_MAX_AGE = 86400
# ETag is not a CORS-safelisted response header: scripts on other sites must be allowed to read it.
EXPOSED_HEADERS = "ETag"
CONDITIONAL_REQUEST_HEADERS = "If-None-Match, If-Modified-Since"


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, parameter: str | None = None, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.parameter, self.extra = status, code, message, parameter, extra

    def response(self) -> JsonResponse:
        body = {"status": self.status, "code": self.code, "message": self.message, "parameter": self.parameter,
                **self.extra}
        response = JsonResponse({"error": body}, status=self.status, json_dumps_params=JSON_PARAMS)
        response["Cache-Control"] = "no-cache"
        return response


@dataclass
class ApiRequest:
    """What an endpoint needs once its parameters are valid."""

    directory: Directory
    format: str
    values: dict[str, str]
    day: datetime.date | None = None
    day_is_today: bool = False
    municipality: MunicipalityInfo | None = None
    etag_parts: list[str] = field(default_factory=list)


# --- parameters -----------------------------------------------------------------------------------

def parse_query(request, allowed: tuple[str, ...]) -> tuple[dict[str, str], str]:
    values = {}
    try:
        given = list(request.GET.lists())
    except TooManyFieldsSent:
        raise ApiError(400, "too_many_parameters", "Too many parameters.") from None
    for name, items in given:
        if name not in allowed:
            raise ApiError(400, "unknown_parameter",
                           f"Unknown parameter. Allowed here: {', '.join(allowed)}.",
                           parameter=name if len(name) <= MAX_VALUE_LENGTH else None)
        if len(items) > 1:
            raise ApiError(400, "repeated_parameter", "Give the parameter once.", parameter=name)
        if len(items[0]) > MAX_VALUE_LENGTH:
            raise ApiError(400, "too_long", f"The value is longer than {MAX_VALUE_LENGTH} characters.",
                           parameter=name)
        values[name] = items[0].strip()
    format_ = values.get("format", "json")
    if format_ not in FORMATS:
        raise ApiError(400, "unknown_format", "Unknown format: use json or csv.", parameter="format")
    return values, format_


def parse_day(value: str | None) -> tuple[datetime.date, bool]:
    """(date, is it today's default): YYYY-MM-DD, on or after data.DATA_FROM."""
    if value is None or value == "":
        return clock.today(), True
    if not DATE_FORMAT.fullmatch(value):
        raise ApiError(400, "bad_date", "Give the date as YYYY-MM-DD (ISO 8601).", parameter="date")
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, "bad_date", "No such date.", parameter="date") from None
    if day < data.DATA_FROM:
        raise ApiError(400, "date_out_of_range",
                       f"The data begins on {data.DATA_FROM.isoformat()} (the municipal division of 2021).",
                       parameter="date")
    return day, False


def find_municipality(directory: Directory, value: str | None) -> MunicipalityInfo:
    if not value:
        raise ApiError(400, "missing_parameter", "Give a municipality: its code or its Finnish or Swedish name.",
                       parameter="municipality")
    info = directory.find(value)
    if info is None:
        suggestions = [{"code": s.code, "name": data.names(s.name)} for s in directory.suggest(value)]
        raise ApiError(404, "unknown_municipality",
                       "No municipality has this code or Finnish or Swedish name.",
                       parameter="municipality", suggestions=suggestions)
    return info


# --- caching headers ----------------------------------------------------------------------------

_modified: dict[str, datetime.datetime] = {}
_lock = threading.Lock()


def data_modified_at(version: str) -> datetime.datetime | None:
    """When this process first heard of the data version (shared by all instances through the cache).

    The version is a random id with no time in it; the first instance to serve it records the
    time in the shared cache, so that every instance sends the same Last-Modified.
    """
    known = _modified.get(version)
    if known is not None:
        return known
    key = f"portal:api:modified:{RELEASE}:{version}"
    try:
        cache.add(key, timezone.now().replace(microsecond=0), timeout=None)
        moment = cache.get(key)
    except Exception as error:  # the shared cache is away: no Last-Modified, the ETag still works
        logger.warning("api modified time unavailable: %s", error.__class__.__name__)
        return None
    if moment is not None:
        with _lock:
            _modified.clear()
            _modified[version] = moment
    return moment


def _etag(request, *args, **kwargs) -> str:
    api: ApiRequest = request.api
    parts = [RELEASE, api.directory.version, request.path, api.format, *api.etag_parts]
    if api.day_is_today:
        parts.append(api.day.isoformat())
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    # Weak: the same data is sent as identity, gzip or Brotli.
    return f'W/"{digest}"'


def _last_modified(request, *args, **kwargs) -> datetime.datetime | None:
    api: ApiRequest = request.api
    moment = data_modified_at(api.directory.version)
    if moment is not None and api.day_is_today:
        midnight = timezone.make_aware(datetime.datetime.combine(api.day, datetime.time.min))
        moment = max(moment, midnight)
    return moment


def _with_cors(response, *, preflight: bool = False):
    response["Access-Control-Allow-Origin"] = "*"
    if preflight:
        response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
        response["Access-Control-Allow-Headers"] = CONDITIONAL_REQUEST_HEADERS
        response["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    else:
        response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    # Open data may be fetched by any site, also without CORS (the page middleware only sets a default).
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    return response


def api_view(*params: str, prepare=None):
    """An open-data endpoint: methods, parameters, conditional GET, CORS and cache headers.

    `params`: the query parameters it takes besides `format`; `prepare(api)` validates them
    (raising ApiError) before any 304 is decided, so a bad request never gets a 304.
    """
    allowed = (*params, "format")

    def decorate(view):
        conditional = condition(etag_func=_etag, last_modified_func=_last_modified)(view)

        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                response = HttpResponse(status=204)
                response["Allow"] = ", ".join(ALLOWED_METHODS)
                return _with_cors(response, preflight=True)
            if request.method not in READ_METHODS:
                response = ApiError(405, "method_not_allowed", "Read-only: use GET.").response()
                response["Allow"] = ", ".join(ALLOWED_METHODS)
                return _with_cors(response)
            try:
                values, format_ = parse_query(request, allowed)
                request.api = ApiRequest(directory=get_directory(), format=format_, values=values)
                if prepare:
                    prepare(request.api)
                response = conditional(request, *args, **kwargs)
            except ApiError as error:
                return _with_cors(error.response())
            if not response.has_header("Cache-Control"):
                response["Cache-Control"] = f"public, max-age={settings.PORTAL_BROWSER_CACHE_SECONDS}"
            patch_vary_headers(response, ["Accept-Encoding"])
            return _with_cors(response)

        return wrapper

    return decorate


# --- bodies ----------------------------------------------------------------------------------------

def csv_bytes(columns, rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: comma, double quotes, CRLF
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def json_bytes(document: dict) -> bytes:
    return JsonResponse(document, json_dumps_params=JSON_PARAMS).content


_rendered: dict[tuple[str, str, str], dict[str, bytes]] = {}


def rendered(directory: Directory, name: str, format_: str) -> dict[str, bytes]:
    """content encoding -> body of a dataset, rendered once per data version in this process."""
    key = (directory.version, name, format_)
    bodies = _rendered.get(key)
    if bodies is not None:
        return bodies
    document_of, table_of = DATASETS[name]
    body = csv_bytes(*table_of(directory)) if format_ == "csv" else json_bytes(document_of(directory))
    bodies = compress(body)
    # A history preview reads data that may be rolled back: never keep it.
    if not in_uncommitted_transaction():
        with _lock:  # gthread workers: another thread may be storing too
            if any(k[0] != directory.version for k in _rendered):
                _rendered.clear()
            _rendered[key] = bodies
    return bodies


def body_response(request, bodies: dict[str, bytes], format_: str, filename: str) -> HttpResponse:
    accepted = accepted_encodings(request.headers.get("Accept-Encoding", ""))
    encoding = next((e for e in ("br", "gzip") if e in accepted and e in bodies), "identity")
    body = bodies[encoding]
    response = HttpResponse(b"" if request.method == "HEAD" else body, content_type=FORMATS[format_])
    if encoding != "identity":
        response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(body))
    if format_ == "csv":
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


# --- endpoints -------------------------------------------------------------------------------------

DATASETS = {
    "municipalities": (data.municipalities_document, data.municipalities_table),
    "trial-areas": (data.trial_areas_document, data.trial_areas_table),
    "te-offices": (data.te_offices_document, data.te_offices_table),
    "employment-areas": (data.employment_areas_document, data.employment_areas_table),
}


def dataset_view(name: str):
    @api_view()
    def view(request):
        api: ApiRequest = request.api
        return body_response(request, rendered(api.directory, name, api.format), api.format, name)

    view.__name__ = view.__qualname__ = f"{name.replace('-', '_')}_view"
    return view


municipalities = dataset_view("municipalities")
trial_areas = dataset_view("trial-areas")
te_offices = dataset_view("te-offices")
employment_areas = dataset_view("employment-areas")


def _prepare_lookup(api: ApiRequest) -> None:
    api.day, api.day_is_today = parse_day(api.values.get("date"))
    api.municipality = find_municipality(api.directory, api.values.get("municipality"))
    api.etag_parts = [api.municipality.code, api.day.isoformat()]


@api_view("municipality", "date", prepare=_prepare_lookup)
def lookup(request):
    """Which trial area, TE office and employment area served a municipality on a date (default today)."""
    api: ApiRequest = request.api
    document = data.lookup(api.directory, api.municipality, api.day)
    if api.format == "csv":
        body = csv_bytes(*data.lookup_table(document))
    else:
        body = json_bytes(document)
    return body_response(request, {"identity": body}, api.format, "lookup")


INDEX = {
    **data.LICENCE,
    "documentation": "docs/open-data.md",
    "formats": list(FORMATS),
    "endpoints": {
        "municipalities": "/api/v1/municipalities",
        "trial_areas": "/api/v1/trial-areas",
        "te_offices": "/api/v1/te-offices",
        "employment_areas": "/api/v1/employment-areas",
        "lookup": "/api/v1/lookup?municipality={code or name}&date={YYYY-MM-DD}",
    },
}


def _json_only(api: ApiRequest) -> None:
    if api.format != "json":
        raise ApiError(400, "unknown_format", "The index is JSON only.", parameter="format")


@functools.lru_cache(maxsize=1)
def questionnaires_index() -> list[dict]:
    """Every questionnaire of the registry, for partner sites' deep links (docs/open-data.md):
    `[{"slug", "title": {fi, sv, en}, "start": "/{language}/<slug>/", "result": ..., "answers":
    [keys], "municipality_answers": [keys taking a municipality code or name], "trial_on_request"}]`."""
    from ..questionnaire.engine import MUNICIPALITY
    from ..questionnaire.registry import QUESTIONNAIRES

    entries = []
    for flow in QUESTIONNAIRES:
        titles = {}
        for language in ("fi", "sv", "en"):
            with translation.override(language):
                titles[language] = str(flow.title)
        entries.append({
            "slug": flow.slug,
            "title": titles,
            "start": f"/{{language}}/{flow.slug}/",
            "result": f"/{{language}}/{flow.slug}/result/",
            "answers": [question.key for question in flow.questions],
            "municipality_answers": [q.key for q in flow.questions if q.kind == MUNICIPALITY],
            "trial_on_request": flow.date_policy.trial_on_request,
        })
    return entries


@api_view(prepare=_json_only)
def index(request):
    """The endpoints, formats, licence and questionnaires."""
    return body_response(request, {"identity": json_bytes({**INDEX, "questionnaires": questionnaires_index()})},
                         "json", "index")


@csrf_exempt
def not_found(request, *args, **kwargs):
    return _with_cors(ApiError(404, "not_found", "No such endpoint: see /api/v1/.").response())
