"""The currency a number is in: "$5 billion" is dollars, "5 milliards d'euros" is euros.

A translation that keeps the amount and changes the currency ("$5 billion" -> "5 milliards
d'euros") passes every number comparison; this names the currency on each side so the
numbers check can compare it too. Families, not codes: "$" may be any dollar.
"""
from __future__ import annotations

import re

_EN_BEFORE = re.compile(r"(US\$|C\$|A\$|NZ\$|HK\$|S\$|\$|£|€|¥|₽|₹|₴)[ \u00a0\u202f]?$")
_EN_AFTER = re.compile(r"^[ \u00a0\u202f]*(dollars?|euros?|pounds? sterling|pounds?|yen|yuan|renminbi|roubles?|"
                       r"rubles?|francs?|rupees?|pesos?|hryvnias?)\b", re.I)
_FR_AFTER = re.compile(r"^[ \u00a0\u202f]*((?:de |d'|d’)?(dollars?|euros?|livres? sterling|livres?|yens?|yuans?|"
                       r"roubles?|francs?|roupies?|pesos?|hryvnias?)\b|(\$|€|£|¥|₽|₹|₴))", re.I)
_FR_BEFORE = _EN_BEFORE

_FAMILY = {"$": "dollar", "us$": "dollar", "c$": "dollar", "a$": "dollar", "nz$": "dollar", "hk$": "dollar",
           "s$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₽": "rouble", "₹": "rupee", "₴": "hryvnia",
           "dollar": "dollar", "euro": "euro", "pound": "pound", "pound sterling": "pound", "yen": "yen",
           "yuan": "yuan", "renminbi": "yuan", "rouble": "rouble", "ruble": "rouble", "franc": "franc",
           "rupee": "rupee", "peso": "peso", "hryvnia": "hryvnia", "livre": "pound", "livre sterling": "pound",
           "roupie": "rupee"}
# What a French translation writes for each family: (word, symbol or None)
FRENCH = {"dollar": ("dollars", "$"), "euro": ("euros", "€"), "pound": ("livres", "£"), "yen": ("yens", "¥"),
          "yuan": ("yuans", None), "rouble": ("roubles", "₽"), "franc": ("francs", None),
          "rupee": ("roupies", "₹"), "peso": ("pesos", None), "hryvnia": ("hryvnias", "₴")}


def _family(word: str) -> str | None:
    key = word.lower()
    if key in _FAMILY:
        return _FAMILY[key]
    singular = re.sub(r"s( sterling)?$", r"\1", key)
    return _FAMILY.get(singular)


def currency_at(text: str, start: int, end: int, lang: str) -> tuple[str, int, int] | None:
    """(family, start, end of the currency's own words) for the number at text[start:end]."""
    before = (_EN_BEFORE if lang == "en" else _FR_BEFORE).search(text[max(0, start - 4):start])
    if before:
        offset = max(0, start - 4)
        return _family(before.group(1)), offset + before.start(1), offset + before.end(1)
    after = (_EN_AFTER if lang == "en" else _FR_AFTER).match(text[end:end + 40])
    if not after:
        return None
    word = after.group(2) or after.group(3) if lang == "fr" else after.group(1)
    family = _family(word)
    if family is None:
        return None
    return family, end + after.start(1), end + after.end(1)


def french_currency(family: str, replaced: str) -> str:
    """The French for ``family`` in the shape of ``replaced`` ("d'euros" -> "de dollars", "€" -> "$")."""
    word, symbol = FRENCH[family]
    if len(replaced) <= 3 and not replaced[:1].isalpha():  # a symbol
        return symbol or word
    if replaced.lower().startswith(("de ", "d'", "d’")):
        return ("d'" if word[0] in "aeiouy" else "de ") + word
    return word
