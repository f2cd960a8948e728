"""Text helpers shared by search, look-up and sorting: accent folding and collation."""

import unicodedata

# Finnish and Swedish put Å, Ä, Ö after Z (and Ü with Y, Ø with Ö, Æ with Ä).
_NORDIC_ORDER = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}", "ü": "y"}


def fold(text: str) -> str:
    """Lower-case, accents removed, punctuation and spacing ignored: 'Ähtäri' -> 'ahtari'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def collation_key(text: str, language: str) -> str:
    """Sort key that sorts as the language does ('Åland' after 'Ylöjärvi' in fi and sv)."""
    lowered = text.casefold()
    if language in ("fi", "sv"):
        lowered = "".join(_NORDIC_ORDER.get(ch, ch) for ch in lowered)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
