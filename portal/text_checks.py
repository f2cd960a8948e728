"""Checks on text that staff type or load: control characters, and spreadsheet formulas in CSV.

A CSV cell that starts with =, +, -, @, a tab or a carriage return is run as a formula by
spreadsheet programs (CSV injection). The export prefixes such a cell with an apostrophe, as
OWASP advises; so that the round trip stays lossless, a cell that already starts with an
apostrophe gets one more, and the import removes exactly one from every cell that starts with
an apostrophe followed by one of those characters or by another apostrophe.
"""

import unicodedata

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
LINE_BREAKS = {"\n", "\r", "\t"}


def escape_formula(value):
    """The value as a CSV cell a spreadsheet shows as text; non-strings unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS + ("'",)):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    """Undo `escape_formula` (a value no export escaped is returned unchanged)."""
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS + ("'",)):
        return value[1:]
    return value


def control_character(value: str, *, multiline: bool = False) -> str | None:
    """The first control character in `value` as "U+0000", or None. Line breaks and tabs are
    allowed where the text may have several lines."""
    for char in value:
        if unicodedata.category(char) == "Cc" and not (multiline and char in LINE_BREAKS):
            return f"U+{ord(char):04X}"
    return None
