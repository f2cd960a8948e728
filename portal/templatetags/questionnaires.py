"""The questionnaires of the registry for page templates: navigation, cards, municipality links.

    {% load questionnaires %}
    {% questionnaires as flows %}                 -> the registry's flows, in order
    {% municipality_links municipality as links %} -> [{"url", "text"}] pre-filled for a municipality
    {{ some_date|day }}                           -> 1.1.2025 (fi, sv) or 1 January 2025 (en)
"""

from django import template

from ..questionnaire.engine import format_day
from ..questionnaire.registry import QUESTIONNAIRES

register = template.Library()
register.filter("day", format_day)


@register.simple_tag
def questionnaires():
    return [{"slug": flow.slug, "title": flow.title, "text": flow.card_text, "button": flow.card_button,
             "url": flow.start_url()} for flow in QUESTIONNAIRES]


@register.simple_tag
def municipality_links(municipality):
    """Links into every questionnaire that a municipality page can pre-fill."""
    return [{"url": flow.start_url({flow.municipality_key: municipality.code}),
             "text": str(flow.municipality_link) % {"name": municipality.name}}
            for flow in QUESTIONNAIRES if flow.municipality_key]
