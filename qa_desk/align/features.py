"""What the aligner knows about each item, computed once per item.

Length (Gale-Church), plus anchors that survive translation between English
and French: numbers (normalised, so 100,000 = 100 000 and 2.3 = 2,3), words
that look alike (cognates and names: same accent-free four-letter prefix),
acronyms whose letters match in another order (NATO/OTAN, a weak cognate),
and question marks, exclamation marks, quotes and brackets.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .lexical import lexical_lang, translation_keys, word_tokens

_NUMBER = regex.compile(r"(?<![\p{L}\d])\d+(?:(?:[,.]|[ \u00a0\u202f](?=\d{3}\b))\d+)*")
_TOKEN = re.compile(r"[^\W\d_]+|[.!?:…]")  # words (letters only) and sentence-ending marks
_THOUSANDS = regex.compile(r"^\d{1,3}(?:,\d{3})+$|^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:\d{3})+$")
_DEC_TAIL = regex.compile(r"^\d{3}[,.]\d+$")
_PUNCT = {"?": "p:?", "!": "p:!", "(": "p:(", ":": "p::", "\"": "p:q", "«": "p:q", "“": "p:q"}


def normalise_number(raw: str) -> str:
    """'100,000', '100 000', '100\u202f000' -> '100000'; '2,3' and '2.3' -> '2.3'.

    Spaces only ever group thousands. A lone separator followed by exactly
    three digits groups thousands too (3,400 miles); with both ',' and '.',
    the last one is the decimal mark; otherwise a lone ',' or '.' is decimal.
    """
    raw = regex.sub(r"[ \u00a0\u202f]", "", raw)
    if _THOUSANDS.match(raw):
        return _int(regex.sub(r"[,.]", "", raw))
    marks = [i for i, c in enumerate(raw) if c in ",."]
    if not marks:
        return _int(raw)
    last = marks[-1]
    head, tail = regex.sub(r"[,.]", "", raw[:last]), raw[last + 1:]
    if len({raw[i] for i in marks}) == 1 and len(marks) > 1:
        return raw  # 1.2.3: a section number, not a quantity
    return f"{_int(head or '0')}.{tail}"


def _int(digits: str) -> str:
    """str(int(digits)); digits newer than Python's Unicode tables (regex's \\d knows them) kept as they are."""
    try:
        return str(int(digits))
    except ValueError:
        return digits


def numbers(text: str) -> list[str]:
    """Normalised numbers of ``text``; '2019 2020' (not a thousands group) gives two."""
    out = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        pieces = regex.split(r"[ \u00a0\u202f]", token)
        if len(pieces) > 1 and not all(len(p) == 3 or (i == len(pieces) - 1 and _DEC_TAIL.match(p))
                                       for i, p in enumerate(pieces[1:], 1)):
            out.extend(normalise_number(p) for p in pieces if p)
        elif len(pieces) > 1 and len(pieces[0].replace(",", "").replace(".", "")) > 3:
            out.extend(normalise_number(p) for p in pieces if p)
        else:
            out.append(normalise_number(token))
    return out


@lru_cache(maxsize=1 << 17)
def _fold(word: str) -> str:
    """Lower case without accents: 'Genève' -> 'geneve'."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class ItemFeatures:
    length: int  # characters, spaces included
    keys: dict[str, float]  # anchor -> weight before idf (1 for a full anchor, less for weak ones)
    cognates: str  # the cognate-bearing words and numbers, for chrF
    words: dict[str, float] = field(default_factory=dict)  # translated-word anchors (lexical.py)
    tokens: list[str] = field(default_factory=list)  # lower-case words, when the language is en or fr


@lru_cache(maxsize=1 << 17)
def _word_info(word: str) -> tuple[str, str, bool, bool]:
    """(cognate key, acronym key, capitalised, long enough) for one word, cached: words repeat."""
    folded = _fold(word)
    upper = word.isupper() and len(word) >= 2
    return ("w:" + folded[:4] if len(folded) >= 4 else "w:" + folded,
            "a:" + "".join(sorted(word)) if upper else "",
            word[0].isupper(), len(folded) >= 4)


_ENDS = frozenset(".!?:…")


def item_features(text: str, lang: str | None = None) -> ItemFeatures:
    """Features of one item; ``lang`` ("en" or "fr") adds the translated-word anchors."""
    keys: dict[str, float] = {}
    bearing: list[str] = []
    for num in numbers(text):
        keys["n:" + num] = 1.0
        bearing.append(num)
    initial = True  # at the start, or right after . ! ? : …
    for token in _TOKEN.findall(text):
        if token in _ENDS:
            initial = True
            continue
        key, acronym, capital, long_enough = _word_info(token)
        if long_enough:
            keys[key] = 1.0
        if capital:
            if acronym:  # NATO ~ OTAN (weak), INF = INF
                keys.setdefault(acronym, 0.5)
                bearing.append(token)
            elif not initial:  # a name, not the first word of a sentence
                if not long_enough and len(key) >= 4:
                    keys[key] = 1.0
                bearing.append(token)
        initial = False
    for ch, key in _PUNCT.items():
        if ch in text:
            keys[key] = 1.0
    lang = lexical_lang(lang)
    tokens = word_tokens(text) if lang else []
    return ItemFeatures(len(text), keys, " ".join(bearing), translation_keys(tokens, lang), tokens)


def merge_features(parts: list[ItemFeatures], length: int) -> ItemFeatures:
    """Features of a paragraph from those of its sentences (no second pass over the text)."""
    keys: dict[str, float] = {}
    words: dict[str, float] = {}
    for part in parts:
        for merged, own in ((keys, part.keys), (words, part.words)):
            for key, weight in own.items():
                if weight > merged.get(key, 0.0):
                    merged[key] = weight
    return ItemFeatures(length, keys, " ".join(p.cognates for p in parts if p.cognates), words,
                        [t for p in parts for t in p.tokens])
