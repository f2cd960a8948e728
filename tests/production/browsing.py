"""A GET-only visitor for the tests: follows start links and fills in question forms."""

import re
from html import unescape
from itertools import count

FORM = re.compile(r'<form method="get" action="([^"]+)"[^>]*>(.*?)</form>', re.S)
FIELD = re.compile(r"<(input|button)\b([^>]*)>")
ATTRIBUTE = re.compile(r'([\w-]+)="([^"]*)"')
START_LINK = re.compile(r'<a class="[^"]*btn-start[^"]*" href="([^"]+)"')


def attributes(tag: str) -> dict[str, str]:
    return {name: unescape(value) for name, value in ATTRIBUTE.findall(tag)}


def fill(html: str, *, typed: str, choice: int) -> tuple[str, list[tuple[str, str]]]:
    """The question form's action and the parameters a browser sends: hidden fields, the
    `choice`-th radio option (wrapping round), `typed` in a text field, the submit button."""
    action, form = FORM.search(html).groups()
    params, radios = [], {}
    for kind, tag in FIELD.findall(form):
        field = attributes(tag)
        name = field.get("name")
        if not name:
            continue
        if kind == "button" or field.get("type") == "hidden":
            params.append((name, field.get("value", "")))
        elif field.get("type") == "radio":
            radios.setdefault(name, []).append(field["value"])
        elif field.get("type") == "text":
            params.append((name, typed))
    for name, values in radios.items():
        params.append((name, values[choice % len(values)]))
    return unescape(action), params


def walk(client, start_url: str, *, typed: list[str], choice: int, max_steps: int = 15):
    """Start a questionnaire at `start_url` and answer until the result page.

    Returns every response seen. Municipalities are typed from `typed` in turn; radio
    answers pick the option numbered `choice`, `choice + 1`, ... on successive questions.
    """
    responses = [client.get(start_url)]
    link = START_LINK.search(responses[-1].content.decode())
    responses.append(client.get(unescape(link.group(1)), follow=True))
    names = iter(typed * max_steps)
    for step in count():
        html = responses[-1].content.decode()
        if step >= max_steps or not FORM.search(html):
            return responses
        action, params = fill(html, typed=next(names), choice=choice + step)
        responses.append(client.get(action, params, follow=True))
