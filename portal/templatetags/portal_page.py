"""Template tags for the page frame: absolute addresses for search engines and print.

    {% load portal_page %}
    {% absolute_url "/fi/areas/" %}  -> "https://host/fi/areas/"
    {% canonical_url %}              -> the page's own absolute address without its query string
    {% page_address %}               -> the page's absolute address as requested (query included)

Every tag falls back to the relative address when the request is missing or its Host header is
not allowed (an error page rendered for a DisallowedHost request must not fail again).
"""

from django import template
from django.core.exceptions import DisallowedHost

register = template.Library()


def _absolute(context, location: str) -> str:
    request = context.get("request")
    if request is None:
        return location
    try:
        # "//evil.example/..." as a path would name another host: one slash is a path.
        return request.build_absolute_uri("/" + location.lstrip("/") if location.startswith("//") else location)
    except DisallowedHost:
        return location


@register.simple_tag(takes_context=True)
def absolute_url(context, location: str) -> str:
    return _absolute(context, location)


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    request = context.get("request")
    return _absolute(context, request.path) if request is not None else ""


@register.simple_tag(takes_context=True)
def page_address(context) -> str:
    request = context.get("request")
    return _absolute(context, request.get_full_path()) if request is not None else ""


@register.simple_tag
def operator_name() -> str:
    """The organisation that runs the service (settings.PORTAL_OPERATOR_NAME), in the page's language.

    PORTAL_OPERATOR_NAME_SV / _EN give the Swedish and English names; without them the Finnish
    name is used.
    """
    from django.conf import settings
    from django.utils.translation import get_language

    names = settings.PORTAL_OPERATOR_NAMES
    return names.get((get_language() or "fi")[:2]) or names["fi"]


@register.filter
def fallback_lang(obj, field_name: str) -> str:
    """'fi' when `obj`'s translated field has no text in the page's language and shows the
    Finnish fallback, else ''. `obj` is a model with modeltranslation fields or a snapshot object
    whose field is a directory.Translated. Use as lang="{{ entry|fallback_lang:'answer' }}".
    """
    from django.utils.translation import get_language

    language = (get_language() or "fi")[:2]
    if language == "fi":
        return ""
    value = getattr(obj, field_name, None)
    if hasattr(value, "fi") and hasattr(value, "sv"):  # a snapshot's Translated (portal.directory)
        return "" if getattr(value, language, "") else "fi"
    return "" if getattr(obj, f"{field_name}_{language}", "") else "fi"


@register.filter
def fallback_lang_of(value) -> str:
    """'fi' when a directory.Translated shows its Finnish fallback on a Swedish or English page,
    else ''. Use as {% with lang=area.name|fallback_lang_of %}...{% if lang %} lang="{{ lang }}"{% endif %}."""
    from django.utils.translation import get_language

    from ..directory import Translated

    language = (get_language() or "fi")[:2]
    if language == "fi" or not isinstance(value, Translated):
        return ""
    return "" if getattr(value, language) else "fi"
