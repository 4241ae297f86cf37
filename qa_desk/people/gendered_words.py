"""Nouns that are a man or a woman by meaning: mother/père, sister/frère, girl/garçon.

A sentence whose English speaks only of women ("Her mother studied...") and
whose French speaks only of men ("Son père a étudié...") has swapped a person's
sex, whoever that person is, named or not. Counting both sides needs no parsing:
a sentence with words of both sexes on either side is left alone.
"""
from __future__ import annotations

from functools import lru_cache

from ..nlp.lexicon import get_lexicon
from ..nlp.tokens import Token, fold
from .titles import english_counterpart, english_gendered_word
from .wordlists import NOT_NAME_WORDS

# French masculine -> feminine, singular and plural; counterparts go both ways.
_FRENCH_PAIRS = [
    ("homme", "femme"), ("hommes", "femmes"), ("garçon", "fille"), ("garçons", "filles"),
    ("fils", "fille"), ("père", "mère"), ("pères", "mères"), ("frère", "sœur"), ("frères", "sœurs"),
    ("mari", "femme"), ("maris", "femmes"), ("époux", "épouse"), ("roi", "reine"), ("rois", "reines"),
    ("prince", "princesse"), ("princes", "princesses"), ("duc", "duchesse"), ("ducs", "duchesses"),
    ("empereur", "impératrice"), ("baron", "baronne"), ("comte", "comtesse"), ("tsar", "tsarine"),
    ("oncle", "tante"), ("oncles", "tantes"), ("neveu", "nièce"), ("neveux", "nièces"),
    ("grand-père", "grand-mère"), ("grands-pères", "grands-mères"), ("petit-fils", "petite-fille"),
    ("veuf", "veuve"), ("papa", "maman"), ("papi", "mamie"), ("beau-père", "belle-mère"),
    ("beau-fils", "belle-fille"), ("beau-frère", "belle-sœur"), ("demi-frère", "demi-sœur"),
    ("parrain", "marraine"), ("moine", "religieuse"), ("moines", "religieuses"), ("fiancé", "fiancée"),
    ("copain", "copine"), ("acteur", "actrice"), ("acteurs", "actrices"), ("serveur", "serveuse"),
    ("héritier", "héritière"), ("patriarche", "matriarche"), ("écolier", "écolière"),
    ("mâle", "femelle"), ("mâles", "femelles"), ("gentleman", "dame"),
    ("masculin", "féminin"), ("masculine", "féminine"), ("masculins", "féminins"), ("masculines", "féminines"),
    ("Sir", "Dame"), ("Lord", "Lady"),
    ("marié", "mariée"), ("mariés", "mariées"), ("prêtre", "prêtresse"), ("prêtres", "prêtresses"),
    ("arrière-petit-fils", "arrière-petite-fille"), ("arrière-petits-fils", "arrière-petites-filles"),
    ("petits-fils", "petites-filles"), ("compagnon", "compagne"), ("héros", "héroïne"), ("dieu", "déesse"),
    ("dieux", "déesses"), ("hôte", "hôtesse"), ("ex-mari", "ex-femme"),
    ("seigneur", "dame"), ("gars", "fille"), ("maître", "maîtresse"), ("instituteur", "institutrice"),
    ("demi-frères", "demi-sœurs"), ("beaux-frères", "belles-sœurs"), ("papas", "mamans"),
    ("policier", "policière"), ("policiers", "policières"), ("danseur", "danseuse"), ("danseurs", "danseuses"),
    ("serveurs", "serveuses"), ("héritiers", "héritières"), ("sorcier", "sorcière"), ("sorciers", "sorcières"),
    ("écoliers", "écolières"), ("instituteurs", "institutrices"), ("veufs", "veuves"),
    ("moine", "nonne"), ("moines", "nonnes"), ("barons", "baronnes"), ("comtes", "comtesses"),
    ("empereurs", "impératrices"), ("marquis", "marquise"), ("vicomte", "vicomtesse"), ("abbé", "abbesse"),
    ("grand-oncle", "grand-tante"), ("grands-oncles", "grands-tantes"), ("arrière-grand-père", "arrière-grand-mère"),
    ("arrière-grands-pères", "arrière-grands-mères"), ("arrière-grand-oncle", "arrière-grand-tante"),
    ("abbés", "abbesses"), ("rois", "reines"), ("tsars", "tsarines"),
    ("grand-duc", "grande-duchesse"), ("grands-ducs", "grandes-duchesses"), ("grand-duc", "grand-duchesse"),
    ("petit-neveu", "petite-nièce"), ("petits-neveux", "petites-nièces"), ("lords", "ladies"),
    ("beaux-fils", "belles-filles"), ("beaux-pères", "belles-mères"), ("parrains", "marraines"),
    ("fiancés", "fiancées"), ("copains", "copines"), ("hôtes", "hôtesses"), ("compagnons", "compagnes"),
    ("maîtres", "maîtresses"), ("vicomtes", "vicomtesses"), ("patriarches", "matriarches"),
    ("papis", "mamies"), ("époux", "épouses"), ("ex-maris", "ex-femmes"),
    ("baron", "baronnesse"), ("barons", "baronnesses"),  # (a British baroness, as some translators write)
    ("garçonnet", "fillette"), ("garçonnets", "fillettes"),
    ("gendre", "belle-fille"), ("gendres", "belles-filles"), ("beau-fils", "bru"), ("beaux-fils", "brus"),
]
# Where one French word has two counterparts, the English says which: fille is a daughter
# (fils) when the English speaks of a son, else a girl (garçon); femme likewise.
_BY_ENGLISH = {"fille": ({"son", "sons", "grandson", "stepson"}, "fils"),
               "filles": ({"son", "sons", "grandson", "stepson"}, "fils"),
               "femme": ({"husband", "husbands"}, "mari"), "femmes": ({"husband", "husbands"}, "maris"),
               "fillette": ({"boy"}, "garçon"), "fillettes": ({"boys"}, "garçons")}
# English words beyond english_gendered_word's titles and nouns.
_ENGLISH_EXTRA = {"male": "m", "males": "m", "female": "f", "females": "f"}
# Titles say whom a name belongs to, not who else the sentence speaks of; the title check has them.
_ENGLISH_TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mister", "sir", "messrs", "messrs.",
                   "madam", "ma'am", "madame", "mme", "lord", "dame"}


@lru_cache(maxsize=1)
def _french() -> dict[str, tuple[str, str]]:
    """French word (folded) -> (its gender, the word of the other sex)."""
    table: dict[str, tuple[str, str]] = {}
    for masculine, feminine in _FRENCH_PAIRS:
        table.setdefault(fold(masculine), ("m", feminine))
        table.setdefault(fold(feminine), ("f", masculine))
    return table


@lru_cache(maxsize=1)
def _french_exact() -> dict[str, tuple[str, str]]:
    """The same table keyed by the lower-case word, accents kept."""
    table: dict[str, tuple[str, str]] = {}
    for masculine, feminine in _FRENCH_PAIRS:
        table.setdefault(masculine.lower(), ("m", feminine))
        table.setdefault(feminine.lower(), ("f", masculine))
    return table


def _french_entry(word: str) -> tuple[str, str] | None:
    """A word's entry, accents respected ("comtés" are counties, not "comtes"); a word written
    without any accent in capitals or in lower case ("MERE", "mere") is looked up without them, not
    a capitalised one, which is a name as written ("Marie" is not "marié")."""
    lower = word.lower()
    entry = _french_exact().get(lower)
    if entry is None and fold(word) == lower and (word.isupper() or word.islower()):
        entry = _french().get(lower)
    return entry


def is_sex_noun(word: str) -> bool:
    """A French noun that is a man or a woman by meaning (femme, fils, reine)."""
    return _french_entry(word) is not None


def english_sex_words(tokens: list[Token]) -> list[tuple[Token, str]]:
    """(token, 'm' or 'f') for every English word in the sentence that names a man or a woman (not titles)."""
    found = []
    for n, token in enumerate(tokens):
        if token.lower in _ENGLISH_TITLES:
            continue
        if token.text in ("Lady", "Lord", "King", "Queen", "Prince", "Princess") and _names_a_place(tokens, n + 1):
            continue  # "Lady Eleanor Holles School": a title in the name of a school, no woman of the story
        gender = english_gendered_word(token.text) or _ENGLISH_EXTRA.get(token.lower)
        if gender is None and token.lower in ("count", "counts") and _noble_count(tokens, n):
            gender = "m"
        if gender:
            found.append((token, gender))
    return found


_HIS = {"he", "his", "him", "himself"}


def _noble_count(tokens: list[Token], n: int) -> bool:
    """"The count and his children", "the Count of Pembroke", "the Count was uninjured": the noble,
    not a number ("the vote count", "a count of the ballots"): before "of" and a name, with a
    capital right after an article, or right after an article (or an ordinal) in a sentence with
    he/his."""
    token = tokens[n]
    before = tokens[n - 1].lower if n > 0 else ""
    after = tokens[n + 1] if n + 1 < len(tokens) else None
    following = tokens[n + 2] if n + 2 < len(tokens) else None
    if after is not None and after.lower == "of":
        return following is not None and following.text[:1].isupper()
    if token.text[:1].isupper() and n > 0 and before in ("the", "a"):
        return True
    return before in ("the", "a", "second", "third", "first", "titular") and any(t.lower in _HIS for t in tokens)


def _names_a_place(tokens: list[Token], start: int) -> bool:
    """The capitalised words from ``start`` end in an institution's or a place's word ("Eleanor Holles
    School", "Anne Grammar School", "Charlotte Hospital")."""
    end = start
    while end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.isalpha():
        end += 1
    return end > start + 1 and tokens[end - 1].lower in NOT_NAME_WORDS


def french_gendered_nouns(tokens: list[Token], english: set[str] = frozenset()) -> list[tuple[int, str, str]]:
    """(token index, gender, the other sex's word) for each French noun of a sex; ``english``
    (the English sentence's lower-case words) picks between two counterparts."""
    out = []
    for i, token in enumerate(tokens):
        entry = _french_entry(token.text)
        if entry and token.text == "Dieu" and i > 0 and tokens[i - 1].text not in ".!?«\"":
            continue  # "trouver Dieu": the name of God, not a god of one sex beside the people
        if entry and token.text[:1].isupper() and token.lower in english and (
                not get_lexicon().analyses(token.text)
                or i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text.isalpha()):
            continue  # "Amends for Ladies", "la Lady Eleanor Holles School": an English word kept with its name
        if entry and i + 1 < len(tokens) and tokens[i + 1].text in ("'", "’") and token.lower.endswith("s"):
            continue  # "au ladies' club": an English possessive kept in the French, no French noun
        if entry and i > 0 and _qualifies_a_noun(tokens, i):
            continue  # "une série policière", "la communauté religieuse": an adjective, no person
        if entry is None and token.text[:1].isupper() and token.lower not in english:
            # an English word of a sex kept in a French name ("School for Boys") where the English has
            # the counterpart and not the word itself
            counterpart = english_counterpart(token.lower)
            gender = english_gendered_word(token.text) if counterpart in english else None
            entry = (gender, counterpart) if gender else None
        if entry:
            other = entry[1]
            if token.lower == "dame":  # "une vieille dame" -> "un vieil homme"; the title "Dame X" -> "Sir X"
                other = "Sir" if token.text[:1].isupper() and i > 0 and tokens[i - 1].text not in ".!?«\"" \
                    else "gentleman" if "gentleman" in english else "homme"
            choice = _BY_ENGLISH.get(token.lower)
            if choice and choice[0] & english:
                other = choice[1]
            out.append((i, entry[0], other[:1].upper() + other[1:] if token.text[:1].isupper() else other))
    return out


_SEX_ADJECTIVES = ("masculin", "féminin", "mâle", "femelle")  # "des voix masculines": the sex itself


def _agrees(entry, gender: str, number: str) -> bool:
    return entry.gender in (gender, "e") and (entry.number in (number, "i") or number == "i")


def _qualifies_a_noun(tokens: list[Token], i: int) -> bool:
    """A sex noun that can be an adjective, after a noun of no sex it agrees with (with at most two
    agreeing adjectives between): it qualifies that noun ("une série télévisée policière", "la
    communauté religieuse"), it names no person. A word that can itself be an adjective or that
    has no noun reading ("jeune", "futur", "les", "quatre") is no such noun."""
    lexicon = get_lexicon()
    adjective = [e for e in lexicon.analyses(tokens[i].text) if e.pos == "ADJ"]
    if not adjective or tokens[i].lower.startswith(_SEX_ADJECTIVES):
        return False
    gender, number = adjective[0].gender, adjective[0].number
    for j in range(i - 1, max(i - 4, -1), -1):
        word = tokens[j]
        if not (word.is_word and word.text.islower()) or _french_entry(word.text) is not None:
            return False
        readings = lexicon.analyses(word.text)
        nouns = [e for e in readings if e.pos == "NOUN"]
        if nouns and len(nouns) == len(readings):
            return word.lower != "être" and any(_agrees(e, gender, number) for e in nouns)
        if not any(e.pos in ("ADJ", "VERB") and _agrees(e, gender, number) for e in readings):
            return False
    return False


def french_kinship_noun(word: str) -> bool:
    """mère, fils, épouse, religieuse...: a noun that is a sex by meaning (never re-inflected)."""
    return _french_entry(word) is not None
