"""First name -> likely gender: a clue for people the source text gives no pronoun or title.

Built by scripts/build_names.py from US birth records (share of girls and boys) and
Dicollecte's French first names, which win where they disagree (Jean is a man's name
in French). A guess only: callers should weigh the confidence, and 'u' means no guess.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from functools import lru_cache

from qa_desk.paths import resource_path

RESOURCE = ("names", "first_names.tsv.gz")
MIN_MAJORITY = 0.65  # below this share the name is not a guess: 'u'
FRENCH_CONFIDENCE = 0.95  # a French name listed with a gender
FRENCH_AGAINST_US = 0.7  # ... which US births mostly give the other gender (Jean)
AMBIGUOUS_CONFIDENCE = 0.5

# Names of one gender in one language and the other in another; the data of either
# side would give a confident wrong answer for half the people in the news.
AMBIGUOUS_ACROSS_LANGUAGES = {
    "andrea": "male in Italian, female in English, German and Spanish",
    "nicola": "male in Italian, female in English",
    "simone": "male in Italian, female in French and English",
    "michele": "male in Italian, female in English",
    "gabriele": "male in Italian, female in German",
    "daniele": "male in Italian, female in English (Danièle in French)",
    "nikita": "male in Russian, female in English",
    "yuri": "male in Russian (Iouri), female in Japanese",
    "kim": "either gender in Korean and English",
    "jan": "male in Dutch, German, Polish and Czech, female in English",
    "joan": "male in Catalan, female in English",
    "sasha": "male in Russian, mostly female in English",
    "ariel": "male in Hebrew, mostly female in English",
}

# French transliterations of Russian and other names -> the English ones the US data
# has (Sergueï -> sergei, Iouri -> yuri, Mikhaïl -> mikhail after accents go).
_TRANSLITERATIONS = [
    (re.compile(r"^iou"), "yu"), (re.compile(r"^io"), "yo"), (re.compile(r"^ia"), "ya"),
    (re.compile(r"gue"), "ge"), (re.compile(r"gui"), "gi"), (re.compile(r"ou"), "u"),
    (re.compile(r"ss"), "s"), (re.compile(r"tch"), "ch"), (re.compile(r"ch"), "sh"), (re.compile(r"i$"), "y"),
    (re.compile(r"y$"), "i"),
]


def name_key(name: str) -> str:
    """Lower case without accents (same key as scripts/build_names.py)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


WORLD = ("names", "world_first_names.tsv")
WORLD_BIRTHS = 1000  # a hand-listed name of one sex counts as this many births of that sex


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, int, str]]:
    table = {}
    with gzip.open(resource_path(*RESOURCE), "rt", encoding="utf-8") as fh:
        for line in fh.read().split("\n"):
            if line and line[0] != "#":
                key, female, male, french = line.split("\t")
                table[key] = (int(female), int(male), french)
    # names of international news the US records lack (Volodymyr, Tayyip, Tedros)
    with open(resource_path(*WORLD), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and line[0] != "#":
                name, gender = line.rstrip("\n").split("\t")
                births = (WORLD_BIRTHS, 0) if gender == "f" else (0, WORLD_BIRTHS)
                table.setdefault(name_key(name), (*births, ""))
    return table


def _first_name(name: str) -> str:
    parts = name.replace("\u00a0", " ").split()
    token = parts[0].strip(".,;:!?()«»\"'") if parts else ""
    return "" if len(token.replace(".", "").replace("-", "")) < 2 else token


def _keys(name: str) -> list[str]:
    """Keys to try, best first: whole (Jean-Pierre), first part (Jean), transliterations."""
    key = name_key(_first_name(name))
    if not key:
        return []
    wholes = [key] + ([key.split("-")[0]] if "-" in key else [])
    keys = list(wholes)
    for whole in wholes:
        variants = [whole]
        for pattern, repl in _TRANSLITERATIONS:
            variants += {pattern.sub(repl, v) for v in variants} - set(variants)
        keys += [v for v in variants if v not in keys]
    return keys


def _lookup(name: str) -> tuple[str, tuple[int, int, str]] | None:
    table = _table()
    for key in _keys(name):
        if key in table:
            return key, table[key]
    return None


@lru_cache(maxsize=100_000)
def first_name_gender(name: str) -> tuple[str, float]:
    """('f' | 'm' | 'u', confidence): the majority gender and its share, 'u' if unsure.

    Only the first word of name counts ("Wendy Sherman" -> Wendy); a hyphenated name is
    looked up whole, then by its first part; accents and case are ignored.
    """
    found = _lookup(name)
    if found is None:
        return "u", 0.0
    key, (female, male, french) = found
    if key in AMBIGUOUS_ACROSS_LANGUAGES or french == "e":
        return "u", AMBIGUOUS_CONFIDENCE
    total = female + male
    if french in ("m", "f"):
        same = female if french == "f" else male
        if total and same * 2 < total:
            return french, FRENCH_AGAINST_US
        us_share = (same + 1) / (total + 2) if total else 0.0
        return french, round(max(FRENCH_CONFIDENCE, us_share), 3)
    share = (max(female, male) + 1) / (total + 2)  # Laplace: few births, less sure
    if share < MIN_MAJORITY:
        return "u", round(share, 3)
    return ("f" if female > male else "m"), round(share, 3)


def name_note(name: str) -> str | None:
    """Why a name is ambiguous, for the evidence shown to the reviewer; None if it is not."""
    found = _lookup(name)
    if found is None:
        return None
    key, (female, male, french) = found
    if key in AMBIGUOUS_ACROSS_LANGUAGES:
        return f"{key.capitalize()}: {AMBIGUOUS_ACROSS_LANGUAGES[key]}"
    if french == "e":
        return f"{key.capitalize()}: given to both women and men in French"
    if french and (female if french == "m" else male) * 2 > female + male > 0:
        gender = "male" if french == "m" else "female"
        return f"{key.capitalize()}: {gender} in French, mostly the other gender in US records"
    return None
