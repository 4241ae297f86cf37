"""Courtesy titles (M., Mme, Mr, Ms) and English words that state a person's gender.

A title is the strongest gender clue in both languages: "Ms Sherman" in the source
and "M. Sherman" in the translation is an error without any parsing.
"""
from __future__ import annotations

from functools import lru_cache

# French titles: token -> (gender, number); gender 'e' for titles either sex bears
# (Me = maître, Dr, Pr): they say nothing about gender and must not be flagged.
_FRENCH_ABBREVIATED = {
    "m.": ("m", "s"), "m": ("m", "s"), "mm.": ("m", "p"), "mm": ("m", "p"),
    "mme": ("f", "s"), "mme.": ("f", "s"), "mmes": ("f", "p"), "mmes.": ("f", "p"),
    "mlle": ("f", "s"), "mlle.": ("f", "s"), "mlles": ("f", "p"), "mlles.": ("f", "p"),
    "me": ("e", "s"), "me.": ("e", "s"), "mes": ("e", "p"),
    "dr": ("e", "s"), "dr.": ("e", "s"), "drs": ("e", "p"), "pr": ("e", "s"), "pr.": ("e", "s"),
    "dre": ("f", "s"), "pre": ("f", "s"), "mgr": ("m", "s"), "mgr.": ("m", "s"),
}
_FRENCH_FULL = {
    "monsieur": ("m", "s"), "messieurs": ("m", "p"), "madame": ("f", "s"),
    "mesdames": ("f", "p"), "mademoiselle": ("f", "s"), "mesdemoiselles": ("f", "p"),
    "maître": ("e", "s"), "maîtres": ("e", "p"), "docteur": ("e", "s"),
    "professeur": ("e", "s"), "monseigneur": ("m", "s"),
}
# British titles French keeps as they are ("Lord Ashcroft", "Lady Ashcroft"), read with their capital.
_FRENCH_BRITISH = {"lord": ("m", "s"), "lady": ("f", "s")}
BRITISH_TITLES = frozenset(_FRENCH_BRITISH)  # replaced by their counterpart, in their own style
_FRENCH_FOR = {
    ("british", "m", "s"): "Lord", ("british", "f", "s"): "Lady",
    ("abbreviated", "m", "s"): "M.", ("abbreviated", "m", "p"): "MM.",
    ("abbreviated", "f", "s"): "Mme", ("abbreviated", "f", "p"): "Mmes",
    ("full", "m", "s"): "Monsieur", ("full", "m", "p"): "Messieurs",
    ("full", "f", "s"): "Madame", ("full", "f", "p"): "Mesdames",
}
_STYLE_ALIASES = {"abbreviated": "abbreviated", "abbr": "abbreviated", "short": "abbreviated",
                  "full": "full", "long": "full"}

# English titles and nouns that name a man or a woman (singular; plurals are derived).
# Words now used for both sexes (actor, host, heir, waiter, guy) are left out.
_ENGLISH_TITLES = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m", "messrs": "m",
    "messrs.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "dame": "f", "lady": "f", "madam": "f", "ma'am": "f", "madame": "f", "mme": "f",
}
_ENGLISH_PAIRS = [
    ("spokesman", "spokeswoman"), ("chairman", "chairwoman"),
    ("businessman", "businesswoman"), ("congressman", "congresswoman"),
    ("councilman", "councilwoman"), ("assemblyman", "assemblywoman"),
    ("policeman", "policewoman"), ("sportsman", "sportswoman"),
    ("statesman", "stateswoman"), ("countryman", "countrywoman"),
    ("anchorman", "anchorwoman"), ("frontman", "frontwoman"), ("alderman", "alderwoman"),
    ("cameraman", "camerawoman"), ("clergyman", "clergywoman"), ("kinsman", "kinswoman"),
    ("tribesman", "tribeswoman"), ("fisherman", "fisherwoman"), ("salesman", "saleswoman"),
    ("fireman", "firewoman"), ("ombudsman", "ombudswoman"), ("gunman", "gunwoman"),
    ("madman", "madwoman"), ("gentleman", "lady"), ("man", "woman"), ("boy", "girl"),
    ("king", "queen"), ("prince", "princess"), ("duke", "duchess"), ("emperor", "empress"),
    ("baron", "baroness"), ("earl", "countess"), ("tsar", "tsarina"), ("czar", "czarina"),
    ("father", "mother"), ("son", "daughter"), ("brother", "sister"), ("husband", "wife"),
    ("widower", "widow"), ("grandfather", "grandmother"), ("grandson", "granddaughter"),
    ("grandpa", "grandma"), ("uncle", "aunt"), ("nephew", "niece"), ("dad", "mom"),
    ("daddy", "mum"), ("papa", "mama"), ("boyfriend", "girlfriend"), ("fiance", "fiancee"),
    ("fiancé", "fiancée"), ("stepfather", "stepmother"), ("stepson", "stepdaughter"),
    ("stepbrother", "stepsister"), ("half-brother", "half-sister"),
    ("father-in-law", "mother-in-law"), ("son-in-law", "daughter-in-law"),
    ("brother-in-law", "sister-in-law"), ("godfather", "godmother"), ("monk", "nun"),
    ("bridegroom", "bride"), ("groom", "bride"), ("lad", "lass"), ("patriarch", "matriarch"),
    ("schoolboy", "schoolgirl"), ("landlord", "landlady"), ("headmaster", "headmistress"),
    ("", "actress"), ("", "waitress"), ("", "hostess"), ("", "stewardess"), ("", "heiress"),
    ("", "mistress"), ("", "chairlady"), ("", "gentlewoman"),
    ("viscount", "viscountess"), ("marquess", "marchioness"), ("marquis", "marquise"), ("abbot", "abbess"),
    ("", "prioress"), ("archduke", "archduchess"), ("sultan", "sultana"), ("schoolmaster", "schoolmistress"),
    ("", "priestess"), ("god", "goddess"), ("", "heroine"), ("", "governess"), ("", "seamstress"),
    ("", "songstress"), ("", "sorceress"), ("", "poetess"), ("", "authoress"), ("", "housewife"),
    ("manservant", "maid"), ("", "housemaid"), ("", "maidservant"), ("", "nursemaid"), ("", "chambermaid"),
    ("", "milkmaid"), ("masseur", "masseuse"), ("", "usherette"), ("", "comedienne"), ("", "matron"),
    # nationality nouns of a sex: "the Frenchwoman" -> la Française
    ("frenchman", "frenchwoman"), ("englishman", "englishwoman"), ("irishman", "irishwoman"),
    ("scotsman", "scotswoman"), ("welshman", "welshwoman"), ("dutchman", "dutchwoman"),
]
_ENGLISH = dict(_ENGLISH_TITLES)
for _m, _f in _ENGLISH_PAIRS:
    if _m:
        _ENGLISH[_m] = "m"
    _ENGLISH[_f] = "f"
_ENGLISH_IRREGULAR_PLURALS = {"wives": "wife", "ladies": "lady", "women": "woman", "men": "man"}
# Titles that are also common words in lower case ("miss" the verb, "ms" milliseconds).
_ENGLISH_CAPITAL_ONLY = {"miss", "ms", "ms.", "dame"}


def french_title_gender(token: str) -> tuple[str, str] | None:
    """(gender 'm'/'f'/'e', number 's'/'p') of a French courtesy title, or None.

    "M.", "MM.", "Mme", "Mmes", "Mlle", "Monsieur", "Madame"...; "Me", "Dr", "Pr" are
    epicene ('e'). Abbreviations count only with their capital ("me" is a pronoun);
    a capitalised "Me"/"Mes" opening a sentence is still read as a title: callers check
    that a name follows.
    """
    text = token.strip().replace("’", "'")
    low = text.lower()
    if low in _FRENCH_FULL:
        return _FRENCH_FULL[low]
    if low in _FRENCH_ABBREVIATED and text[:1].isupper():
        return _FRENCH_ABBREVIATED[low]
    if low in _FRENCH_BRITISH and text[:1].isupper():
        return _FRENCH_BRITISH[low]
    return None


def french_title_for(gender: str, number: str = "s", style: str = "abbreviated") -> str:
    """The French title for gender and number, in style "abbreviated" (M., Mme) or "full"
    (Monsieur, Madame); style may also be the title being replaced, whose style and
    capitals are kept: french_title_for("f", "s", "MONSIEUR") == "MADAME"."""
    if gender not in ("m", "f"):
        raise ValueError(f"a courtesy title is for 'm' or 'f', not {gender!r}")
    if gender == "m" and style.strip().lower().rstrip(".") in ("dre", "pre"):
        return style.strip()[:2]  # "la Dre X" for a man: "le Dr X", not "M."
    number = "p" if number == "p" else "s"
    kind = _STYLE_ALIASES.get(style.lower())
    if style.lower() in _FRENCH_BRITISH:
        number = "s"  # Lord and Lady have no plural title
    original = None
    if kind is None:
        original = style.strip()
        kind = "full" if original.lower() in _FRENCH_FULL else "british" if original.lower() in _FRENCH_BRITISH \
            else "abbreviated"
    title = _FRENCH_FOR[(kind, gender, number)]
    if original:
        if kind == "abbreviated" and original.lower() in ("m", "mm") and gender == "m":
            title = title.rstrip(".")  # "M Sherman" written without the full stop
        if len(original) > 1 and original.isupper() and kind == "full":
            title = title.upper()
        elif original[:1].islower():
            title = title.lower()
    return title


@lru_cache(maxsize=100_000)
def english_gendered_word(token: str) -> str | None:
    """'m' or 'f' for an English title or noun that states gender (Mr, Ms, spokeswoman,
    widow, kings, queen's), else None; "Miss", "Ms" and "Dame" only capitalised."""
    text = token.strip().replace("’", "'")
    if text.endswith(("'s", "s'")) and len(text) > 3:
        text = text[:-2] if text.endswith("'s") else text[:-1]
    low = text.lower()
    key = _singular(low)
    if key is None:
        return None
    if key in _ENGLISH_CAPITAL_ONLY and not text[:1].isupper():
        return None
    return _ENGLISH[key]


@lru_cache(maxsize=1)
def _english_counterparts() -> dict[str, str]:
    """Each English noun of a sex -> the other sex's, singular and plural (boy/girl, men/women)."""
    plurals = {singular: plural for plural, singular in _ENGLISH_IRREGULAR_PLURALS.items()}

    def plural(word: str) -> str:
        if word in plurals:
            return plurals[word]
        if word.endswith("man"):
            return word[:-3] + "men"
        if word.endswith(("ss", "sh", "ch", "x")):
            return word + "es"
        return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    table: dict[str, str] = {}
    for masculine, feminine in _ENGLISH_PAIRS:
        if masculine and feminine:
            for one, other in ((masculine, feminine), (feminine, masculine)):
                table.setdefault(one, other)
                table.setdefault(plural(one), plural(other))
    return table


def english_counterpart(word: str) -> str | None:
    """"boys" -> "girls", "Queen" -> "King" (case kept), or None for a word of no sex."""
    other = _english_counterparts().get(word.lower())
    return other[:1].upper() + other[1:] if other and word[:1].isupper() else other


_GRAND_KIN = {"uncle", "aunt", "niece", "nephew"}


def _singular(low: str) -> str | None:
    if low in _ENGLISH:
        return low
    if low.startswith("great-"):  # "great-grandmother", "great-great-uncles", "great-aunts"
        return _singular(low[6:])
    if low.startswith("grand") and len(low) > 8:  # "grand-uncle", "grandnieces": kin of one more step
        head = _singular(low[5:].lstrip("-"))
        if head in _GRAND_KIN:
            return head
    if low in _ENGLISH_IRREGULAR_PLURALS:
        return _ENGLISH_IRREGULAR_PLURALS[low]
    if low.endswith("s-in-law"):  # sisters-in-law
        head = _singular(low[:-7])
        return head + "-in-law" if head and head + "-in-law" in _ENGLISH else None
    if low.endswith("men") and low[:-3] + "man" in _ENGLISH:
        return low[:-3] + "man"
    for suffix, repl in (("esses", "ess"), ("ies", "y"), ("es", ""), ("s", "")):
        if low.endswith(suffix) and low[: len(low) - len(suffix)] + repl in _ENGLISH:
            return low[: len(low) - len(suffix)] + repl
    return None
