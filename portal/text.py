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


def match_rank(query: str, name: str) -> int | None:
    """How well a typed search matches a place name: smaller is better, None is no match.

    0: the name starts with the query ('ker' -> 'Kerava');
    1: a part of the name starts with it ('vilppula' -> 'Mänttä-Vilppula', 'koski' -> 'Koski Tl',
       'kunta' -> 'Pedersören kunta');
    2: the query is inside the name ('ker' -> 'Eckerö').
    Both are folded first (case, accents, punctuation); an empty query matches nothing.
    """
    folded_query = fold(query)
    if not folded_query:
        return None
    folded_name = fold(name)
    if folded_name.startswith(folded_query):
        return 0
    parts = [fold(part) for part in name.replace("-", " ").split()]
    if any(part.startswith(folded_query) for part in parts[1:]):
        return 1
    if folded_query in folded_name:
        return 2
    return None


def best_match_rank(query: str, names) -> int | None:
    """The best match_rank of the query over several names (a place's Finnish and Swedish names)."""
    ranks = [rank for rank in (match_rank(query, name) for name in names if name) if rank is not None]
    return min(ranks) if ranks else None
