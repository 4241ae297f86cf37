"""What a French word is, read from the lexicon: its gender and number, whether it names a
person (role and nationality nouns, epicene or not), agrees (adjectives, participles) or is an
adverb; and the word rewritten in the other gender. The agreement readers build on these.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..nlp.lexicon import determiner_for, get_lexicon, starts_with_vowel_sound
from ..nlp.tokens import Token, fold, is_elided

ADVERBS = {"pas", "plus", "jamais", "également", "aussi", "déjà", "très", "si", "bien", "toujours", "encore",
           "désormais", "peu", "trop", "particulièrement", "vraiment", "assez", "moins", "notamment", "alors",
           "pourtant", "cependant", "toutefois", "néanmoins", "d'ailleurs", "ensuite", "enfin", "souvent",
           "parfois", "longtemps", "récemment", "finalement", "officiellement", "publiquement", "rapidement",
           "immédiatement", "aujourd'hui", "hier", "point", "guère", "nullement", "tellement", "fort",
           "profondément", "extrêmement", "plutôt", "tout", "totalement", "entièrement", "personnellement",
           "tard", "tôt", "puis", "aussitôt", "surtout", "ainsi", "donc", "même", "actuellement",
           "bientôt", "vite", "mieux", "presque", "seulement", "guère", "jadis", "naguère", "autrefois",
           "depuis", "aujourd'hui", "demain", "hier", "ici", "là", "ailleurs", "partout", "beaucoup",
           "davantage", "tant", "autant", "environ", "quasiment", "plutôt", "soudain", "enfin", "déjà",
           "longuement", "longtemps", "naturellement", "probablement", "certainement", "sans", "doute",
           "peut-être", "dorénavant", "volontiers"}


@dataclass
class GenderedWord:
    """A word that shows a gender, and what kind of word it is."""

    token: Token
    gender: str  # 'm' or 'f', as written
    kind: str  # determiner, noun, adjective, participle, pronoun, title
    number: str = ""  # "p" when it agrees with a plural (its form may not show it: "furieux")


COMPOUND_PREFIXES = {"co", "ex", "vice", "sous", "néo", "pro", "anti", "non", "pré", "post", "demi", "semi",
                     "super", "auto"}


def compound_parts(word: str) -> tuple[str, list[str]] | None:
    """("co-", ["fondatrice"]) for co-fondatrice, ("", ["ingénieure", "conseil"]) for ingénieure-conseil;
    None when the lexicon knows the word whole (porte-parole) or it has no hyphen."""
    if "-" not in word.strip("-"):
        return None
    known = get_lexicon().analyses(word)
    parts = word.split("-")
    prefix = ""
    while len(parts) > 1 and parts[0].lower() in COMPOUND_PREFIXES:
        prefix += parts.pop(0) + "-"
    if not all(parts) or len(parts) > 3 or any(p[:1].isupper() for p in parts[1:]):
        return None  # "Jean-Pierre", "Saint-Denis": names, not role nouns
    if known and not _role_compound(word, parts):
        return None
    return prefix, parts


# Compounds of a role noun that name things ("le chef-lieu du département", "un chef-d'œuvre")
THING_COMPOUNDS = {"chef-lieu", "chefs-lieux", "chef-d'œuvre", "chefs-d'œuvre", "chef-d’œuvre", "chefs-d’œuvre",
                   "maître-autel", "maîtres-autels"}


def _role_compound(word: str, parts: list[str]) -> bool:
    """A compound the lexicon knows whole but gives no other form, headed by a role noun: read by its
    parts all the same ("ingénieure-conseil", which the lexicon makes masculine; "présidente-directrice")."""
    if word.lower() in THING_COMPOUNDS or get_lexicon().counterpart(word) or not is_role_noun(parts[0]):
        return False
    return all(p.lower() in _french_role_words() or p.islower() for p in parts[1:])


def _compound_gender(word: str, kinds: tuple[str, ...]) -> str | None:
    """The head's gender (first part), unless a later person noun in it says otherwise."""
    prefix, parts = compound_parts(word)
    genders = {word_gender(parts[0], kinds)} | {word_gender(p, kinds) for p in parts[1:] if is_person_noun(p)}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 and word_gender(parts[0], kinds) else None


# Nouns the lexicon gives one gender that French uses for women unchanged ("elle est poète"; the
# Académie française's 2019 report on feminine job titles): they show no gender. A peeress is
# "pair à vie" too ("paire" is a pair of things).
EPICENE_IN_USE = {"poète", "poètes", "pair", "pairs", "coach", "coachs"}  # (the lexicon: coach m; "la coach")
# Loans French uses for a person of either sex that the word tables render otherwise ("coach" ->
# entraîneur): role nouns all the same ("fut coach assistante")
LOAN_ROLES = ("coach",)


# A feminine the lexicon lacks, made from a masculine role noun it has by the regular suffixes
# ("sculpteuse", "barbière", "encreuse"): translators write them, and they show a woman all the same.
_FEMININE_SUFFIXES = (("euses", "eurs"), ("euse", "eur"), ("ières", "iers"), ("ière", "ier"),
                      ("iennes", "iens"), ("ienne", "ien"))


@lru_cache(maxsize=50_000)
def derived_masculine(word: str) -> str | None:
    """The masculine role noun of a regular feminine the lexicon does not know, or None."""
    lower = word.lower()
    if not word[:1].islower() or "-" in word or get_lexicon().analyses(word):
        return None
    for feminine, masculine in _FEMININE_SUFFIXES:
        if lower.endswith(feminine) and len(lower) > len(feminine) + 2:
            base = lower[:-len(feminine)] + masculine
            number = "p" if masculine.endswith("s") else "s"
            if any(e.pos == "NOUN" and e.gender == "m" and e.number in (number, "i")
                   for e in get_lexicon().analyses(base)):
                return base
    return None


@lru_cache(maxsize=200_000)
def word_gender(word: str, kinds: tuple[str, ...] = ("NOUN", "ADJ", "VERB")) -> str | None:
    """'m' or 'f' when every reading of ``word`` in those parts of speech has one gender; else None."""
    if word.lower() in EPICENE_IN_USE:
        return None
    if compound_parts(word):
        return _compound_gender(word, kinds)
    if "NOUN" in kinds:
        role = role_noun_gender(word)
        if role:
            return role
        if derived_masculine(word):
            return "f"
    lex = get_lexicon()
    entries = [e for e in lex.analyses(word) if e.pos in kinds and (e.pos != "VERB" or e.participle)]
    # "décédé": the lexicon's invariable participle (as after avoir) says nothing beside its adjective
    genders = {e.gender for e in entries if not (e.participle and e.gender == "e" and e.number == "i")} \
        or {e.gender for e in entries}
    if len(genders) == 1 and genders <= {"m", "f"}:
        return genders.pop()
    return None


@lru_cache(maxsize=200_000)
def is_fixed_gender_noun(word: str) -> bool:
    """personne, victime, témoin: one grammatical gender whoever they name."""
    return get_lexicon().is_fixed_gender_person_noun(word)


@lru_cache(maxsize=200_000)
def is_plural(word: str) -> bool:
    compound = compound_parts(word)
    if compound:
        return is_plural(compound[1][0])
    numbers = {e.number for e in get_lexicon().analyses(word)}
    return numbers == {"p"}


@lru_cache(maxsize=50_000)
def is_adjective(word: str) -> bool:
    """An adjective or participle in any gender and number."""
    return any(e.pos == "ADJ" or e.participle for e in get_lexicon().analyses(word))


@lru_cache(maxsize=200_000)
def is_agreeing_word(word: str) -> bool:
    """Adjective or past participle (any gender), singular or invariable; not a form in -ant, which
    as a present participle never agrees ("la reine souffrant de porphyrie")."""
    if word.lower().endswith("ant"):
        return False
    for entry in get_lexicon().analyses(word):
        if (entry.pos == "ADJ" or entry.participle) and entry.number in ("s", "i"):
            return True
    return False


@lru_cache(maxsize=200_000)
def is_plural_agreeing(word: str) -> bool:
    """Adjective or past participle in the plural ("assignées", "amenés")."""
    if word.lower().endswith("ants"):
        return False
    return any((e.pos == "ADJ" or e.participle) and e.number == "p" for e in get_lexicon().analyses(word))


# Nouns the lexicon also lists as a person's feminine, whose everyday sense is a thing: "sa carrière"
# is a career (the quarryman's wife, "carrière", is not what news means).
THING_FIRST = {"carrière", "carrières", "voiture", "voitures", "balayeuse", "moissonneuse", "perceuse", "tondeuse",
               "couveuse", "friteuse", "mitrailleuse"}


# Endings of epicene nouns that name a person (the lexicon's "diététiste", "mycologue", "spationaute",
# "pédiatre", "technocrate", "bibliophile", "actionnaire"); the lexicon gives them no other form.
_EPICENE_PERSON_ENDINGS = ("iste", "logue", "naute", "iatre", "crate", "phile", "aire")


@lru_cache(maxsize=200_000)
def is_person_noun(word: str) -> bool:
    """A noun that names a person by role or nationality: it has a form for each gender,
    or is an epicene role noun (ministre, porte-parole, Russe)."""
    lower = word.lower()
    if lower in THING_FIRST:
        return False
    lex = get_lexicon()
    compound = compound_parts(word)
    if compound:  # "ingénieure-conseil", "co-fondatrice": the head names the person
        return is_person_noun(compound[1][0])
    if lex.is_fixed_gender_person_noun(word):
        return False
    if lower in _french_role_words():
        return True
    nouns = [e for e in lex.analyses(word) if e.pos == "NOUN" and e.number in ("s", "i")]
    if not nouns and (masculine := derived_masculine(word)):
        return not masculine.endswith("s")  # "sculpteuse" (not the plural "sculpteuses")
    if not nouns or lex.is_fixed_gender_person_noun(word):
        return False
    if lex.counterpart(word):
        return True
    if any(e.gender == "e" for e in nouns) and lower.endswith(_EPICENE_PERSON_ENDINGS):
        return True  # "diététiste", "météorologue", "gériatre": one form for both, a person by its ending
    for entry in nouns:
        other = "f" if entry.gender == "m" else "m"
        if entry.gender in ("m", "f"):
            inflected = lex.inflect(word, other, pos="NOUN")
            if inflected and fold(inflected) != fold(word):
                return True
    return False


_ROLE_PAIRS: dict[str, tuple[str, str]] | None = None


def _role_pairs() -> dict[str, tuple[str, str]]:
    """French role and nationality nouns from the word tables: form -> (its gender, other form)."""
    global _ROLE_PAIRS
    if _ROLE_PAIRS is None:
        from .wordlists import word_tables
        nationalities, roles = word_tables()
        pairs: dict[str, tuple[str, str]] = {}
        for row in list(nationalities.values()) + list(roles.values()):
            masculine, feminine = row["m"].lower(), row["f"].lower()
            if " " in masculine or " " in feminine:
                continue
            if masculine == feminine:
                pairs.setdefault(masculine, ("e", masculine))
            else:
                pairs.setdefault(masculine, ("m", feminine))
                pairs.setdefault(feminine, ("f", masculine))
        for loan in LOAN_ROLES:
            pairs.setdefault(loan, ("e", loan))
        _ROLE_PAIRS = pairs
    return _ROLE_PAIRS


def _french_role_words() -> set[str]:
    return set(_role_pairs())


def is_role_noun(word: str) -> bool:
    """A role or nationality noun from the word tables (ministre, secrétaire, directrice, Russe)."""
    compound = compound_parts(word)
    return (compound[1][0] if compound else word).lower() in _french_role_words()


@lru_cache(maxsize=50_000)
def is_clear_person_noun(word: str) -> bool:
    """A person noun that is no adjective too ("actuelle", "mort" can be either): a role from
    the tables, or a noun the lexicon never reads as an adjective."""
    if is_role_noun(word):
        return True
    analyses = get_lexicon().analyses(word)
    return is_person_noun(word) and bool(analyses) and all(e.pos == "NOUN" for e in analyses)


def role_noun_gender(word: str) -> str | None:
    """'m'/'f' for a role noun whose other gender is another word in the tables (docteur/docteure)."""
    item = _role_pairs().get(word.lower())
    return item[0] if item and item[0] in ("m", "f") else None


@lru_cache(maxsize=50_000)
def is_infinitive(lower: str) -> bool:
    """offrir, décerner, remettre: a verb ending the lexicon does not know as a noun or adjective
    (it holds no infinitives; "pouvoir", "dîner" stay nouns)."""
    return len(lower) > 3 and lower.endswith(("er", "ir", "re", "oir")) and not get_lexicon().analyses(lower)


@lru_cache(maxsize=50_000)
def is_adverb(lower: str) -> bool:
    """A listed adverb, or a word in -ment the lexicon knows as no noun or adjective (actuellement,
    rapidement; not gouvernement): the lexicon holds nouns, adjectives and participles only."""
    if lower in ADVERBS:
        return True
    return len(lower) > 6 and lower.endswith("ment") and not get_lexicon().analyses(lower)


@lru_cache(maxsize=50_000)
def other_gender_noun(word: str) -> str | None:
    """The person noun inflected for the other gender (prêtresse -> prêtre, directeur -> directrice),
    or None: what a translator who got the person's sex wrong wrote instead of the right word. Pairs
    of two words (oncle / tante, mari / femme) are not inflections; the swapped-noun check has them."""
    gender = word_gender(word, ("NOUN",))
    lower = word.lower()
    if gender not in ("m", "f") or get_lexicon().counterpart(lower):
        return None
    other = rewrite(GenderedWord(Token(lower, 0, len(lower)), gender, "noun"), "m" if gender == "f" else "f")
    return other if other and other != lower else None


STRESSED = {"lui": "elle", "elle": "lui", "lui-même": "elle-même", "elle-même": "lui-même", "eux": "elles",
            "elles": "eux", "eux-mêmes": "elles-mêmes", "elles-mêmes": "eux-mêmes"}


# Feminine adjectives whose masculine before a vowel has a form of its own
BEFORE_VOWEL = {"vieille": "vieil", "belle": "bel", "nouvelle": "nouvel", "folle": "fol", "molle": "mol"}


def rewrite(word: GenderedWord, gender: str, next_word: str | None = None) -> str | None:
    """The word in the other gender, or None when the lexicon has no such form."""
    lex = get_lexicon()
    text = word.token.text
    if word.kind == "determiner":
        return determiner_for(text, gender, next_word)
    if word.kind == "pronoun":
        return determiner_for(text, gender)
    if word.kind == "one-of":  # "l'une des" <-> "l'un des"
        return "une" if gender == "f" else "un"
    if word.kind == "stressed":  # "avec lui" / "avec elle", "lui-même" / "elle-même"
        other = STRESSED.get(text.lower())
        return (other[:1].upper() + other[1:] if text[:1].isupper() else other) if other else None
    if word.kind == "title":
        from .titles import french_title_for, french_title_gender
        number = (french_title_gender(text) or ("", "s"))[1]
        return french_title_for(gender, number, text)
    compound = compound_parts(text)
    if compound:
        return _rewrite_compound(word, gender, *compound)
    if word.kind == "noun":
        item = _role_pairs().get(text.lower())
        if item and item[0] in ("m", "f") and item[0] != gender:
            other = item[1]
            return other[:1].upper() + other[1:] if text[:1].isupper() else other
        if gender == "m" and (masculine := derived_masculine(text)):
            return masculine  # "sculpteuse" -> "sculpteur"
        if word.number:
            return lex.inflect(text, gender, word.number, pos="NOUN")
        return lex.counterpart(text) or lex.inflect(text, gender, pos="NOUN")
    if text.lower() in ("tout", "toute"):  # "toute seule" / "tout seul" (the lexicon has no such entry)
        form = "toute" if gender == "f" else "tout"
        return form.capitalize() if text[:1].isupper() else form
    if gender == "m" and text.lower() in BEFORE_VOWEL and next_word and starts_with_vowel_sound(next_word) \
            and any(e.pos == "NOUN" for e in lex.analyses(next_word)):  # (not "devenue folle et")
        form = BEFORE_VOWEL[text.lower()]  # "la plus vieille éclaireuse" -> "le plus vieil éclaireur"
        return form.capitalize() if text[:1].isupper() else form
    for pos in (("VERB",) if word.kind == "participle" else ()) + ("ADJ", None):
        form = lex.inflect(text, gender, word.number or None, pos=pos)
        if form and (form != text or pos is None):  # "décédé": the invariable participle, then the adjective
            return form
    return None


def _rewrite_compound(word: GenderedWord, gender: str, prefix: str, parts: list[str]) -> str | None:
    """"barbière-chirurgienne" -> "barbier-chirurgien": the head and any later person noun change."""
    out = []
    for n, part in enumerate(parts):
        if n == 0 or is_person_noun(part):
            changed = rewrite(GenderedWord(Token(part, 0, len(part)), word.gender, word.kind), gender)
            if changed is None:
                return None
            out.append(changed)
        else:
            out.append(part)
    return prefix + "-".join(out)


def elided(token: Token) -> bool:
    return is_elided(token)


def si_elision(before: str, start: int, new: str) -> tuple[int, str] | None:
    """"si" elides before il(s) only: "s'il" -> "si elle", "si elles" -> "s'ils"."""
    pronoun = new.lower()
    for apostrophe in ("'", "’"):
        if before.lower().endswith("s" + apostrophe) and pronoun in ("elle", "elles"):
            begin = start - 2
            if begin == 0 or not before[begin - 1].isalpha():
                return begin, ("si" if before[begin].islower() else "Si") + " " + new
    if before.lower().endswith("si ") and pronoun in ("il", "ils"):
        begin = start - 3
        if begin == 0 or not before[begin - 1].isalpha():
            return begin, ("s" if before[begin].islower() else "S") + "'" + new
    return None
