"""Accepted French renderings of English names (resources/names/variants.tsv) and name keys.

Exonyms (Geneva/Genève), acronyms (NATO/OTAN) and transliterations (Sergei/Sergueï)
are not errors; this module says which target spellings answer a source name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from qa_desk.paths import resource_path

from .tokens import fold

_WORDS = re.compile(r"\w+")
# Transliteration habits, applied to both sides: Riabkov ~ Ryabkov, Sergueï ~ Sergei, Iouri ~ Yuri.
_TRANSLIT = [(re.compile(p), r) for p, r in (
    (r"^iou", "yu"), (r"^you", "yu"), (r"^io", "yo"), (r"^ia", "ya"), (r"^ie", "ye"), (r"gue", "ge"),
    (r"gui", "gi"), (r"kh", "h"), (r"tch", "ch"), (r"sch", "sh"), (r"ch", "sh"), (r"ou", "u"),
    (r"ss", "s"), (r"y", "i"), (r"ii$", "i"), (r"iy$", "i"), (r"j", "zh"), (r"k", "c"), (r"ph", "f"))]


@lru_cache(maxsize=100_000)
def norm(text: str) -> str:
    """Folded words joined by single spaces: "Département d'État" -> "departement d etat"."""
    return " ".join(_WORDS.findall(fold(text)))


def translit_key(name: str) -> str:
    """A key that standard transliterations of one name share (Riabkov, Ryabkov -> riabcov)."""
    key = fold(name)
    for pattern, repl in _TRANSLIT:
        key = pattern.sub(repl, key)
    return key


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returns limit + 1) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


class VariantTable:
    """English name (normalised) -> accepted target forms (normalised), longest names first."""

    def __init__(self, rows: list[tuple[list[str], list[str], str]]):
        self.forms: dict[str, set[str]] = {}
        self.kind: dict[str, str] = {}
        self.cased: dict[str, bool] = {}  # key -> only ever an acronym in capitals (WHO, not "Who")
        for english, french, kind in rows:
            accepted = {norm(f) for f in french + english if norm(f)}
            for name in english:
                key = norm(name)
                self.cased[key] = self.cased.get(key, True) and name.replace(".", "").isupper()
                self.forms.setdefault(key, set()).update(accepted)
                self.kind.setdefault(key, kind)
        # every one-word form of a place (country, region, city): a French word that names a place itself
        self.places = {norm(f) for english, french, kind in rows if kind in ("country", "region", "city")
                       for f in french + english if " " not in norm(f)}
        self.max_words = max((k.count(" ") + 1 for k in self.forms), default=1)
        self.first_words = {k.split(" ")[0] for k in self.forms}

    def accepted(self, english: str) -> set[str]:
        return self.forms.get(norm(english), set())

    def __contains__(self, english: str) -> bool:
        return norm(english) in self.forms


def _adjectives() -> dict[str, list[str]]:
    """Country (English) -> French adjectives, from the people word lists."""
    out: dict[str, list[str]] = {}
    path = resource_path("people", "nationalities.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) >= 4:
            masc, fem = cols[1], cols[2]
            out.setdefault(cols[3], []).extend([masc, fem, masc + "s", fem + "s", cols[0]])
    return out


@lru_cache(maxsize=1)
def load_variants(path: str | None = None) -> VariantTable:
    """The tables (CLDR's places, then qa-desk's editable one), country rows widened by their French
    adjectives; ``path`` reads that one file instead."""
    files = [resource_path("names", "cldr_places.tsv"), resource_path("names", "variants.tsv")] if path is None \
        else [__import__("pathlib").Path(path)]
    text = "\n".join(f.read_text(encoding="utf-8") for f in files)
    adjectives = _adjectives()
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        english = [c.strip() for c in cols[0].split("|") if c.strip()]
        french = [c.strip() for c in cols[1].split("|") if c.strip()]
        kind = cols[2].strip() if len(cols) > 2 else ""
        if kind == "country":
            for name in english:
                french += adjectives.get(name, [])
        rows.append((english, french, kind))
    return VariantTable(rows)


@lru_cache(maxsize=1)
def name_words() -> dict[str, tuple[str, ...]]:
    """Common words inside names and their French renderings (resources/names/name_words.tsv),
    keyed by the folded word: "haus" -> ("maison",)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in resource_path("names", "name_words.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 2:
            continue
        out[norm(cols[0])] = tuple(norm(f) for f in cols[1].split("|") if norm(f))
    return out
