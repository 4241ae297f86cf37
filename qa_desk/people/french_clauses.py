"""What may stand between a French noun phrase and the verb that agrees with it: short noun
complements ("du village", "de la ville") and a relative clause between commas."""
from __future__ import annotations

from ..nlp.lexicon import get_lexicon
from .french_words import GenderedWord, is_adverb, is_fixed_gender_noun, word_gender
from .verb_words import AVOIR, ETRE


def past_complement(tokens, k: int) -> int:
    """The index after up to three short noun complements at ``k`` ("du village", "de la ville",
    "du département de police de Louisville"), else ``k``: "les filles du village sont venues"
    agree past it."""
    for _ in range(3):
        after = _past_one_complement(tokens, k)
        if after == k:
            break
        k = after
    return k


def _past_one_complement(tokens, k: int) -> int:
    j = k
    if j < len(tokens) and tokens[j].lower in ("du", "des", "de", "d'", "d’"):
        j += 1
        if j < len(tokens) and tokens[j - 1].lower == "de" and tokens[j].lower in ("la", "l'", "l’"):
            j += 1
        if j < len(tokens) and tokens[j].is_word and tokens[j].text.islower():
            j += 1
            if j < len(tokens) and tokens[j].is_word and tokens[j].text.islower() and _adjective_only(tokens[j].text):
                j += 1  # "d'origine française", "de l'école primaire": the complement's own adjective
            return j
        if tokens[k].lower in ("du", "des") or j != k + 1:
            return k
        names = j
        while names < len(tokens) and names < j + 3 and tokens[names].is_word and tokens[names].text[:1].isupper():
            names += 1  # "La mère de McAbee était", "le fils d'Anne Roy est"
        return names
    return k


def relative_between_commas(tokens, k: int, gender: str) -> tuple[int, int] | None:
    """(index after "qui", index of the closing comma) of ", qui ... ," after the noun and its
    complement at ``k``, when the relative can only be the noun's: a complement of the noun's own
    gender ("le fils du ministre, qui a été nommé") might be what it speaks of."""
    c = past_complement(tokens, k)
    if c + 2 >= len(tokens) or tokens[c].text != "," or tokens[c + 1].lower != "qui":
        return None
    if c > k and word_gender(tokens[c - 1].text, ("NOUN",)) == gender and not is_fixed_gender_noun(tokens[c - 1].text):
        return None
    close = next((j for j in range(c + 2, min(len(tokens), c + 14)) if tokens[j].text in ",.;:!?«»()"), None)
    return (c + 2, close) if close is not None and tokens[close].text == "," else None


def object_relative_participle(tokens, k: int) -> GenderedWord | None:
    """", que les électeurs ont réélue en 2020," after a name at ``k``: the relative's que is the
    person, so a participle after avoir in it agrees with her (the direct object before it)."""
    if k + 3 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ("que", "qu'", "qu’"):
        return None
    for j in range(k + 2, min(len(tokens) - 1, k + 12)):
        if tokens[j].text in ",.;:!?«»()":
            return None
        if tokens[j].lower in AVOIR:
            n = j + 1
            while n < len(tokens) and is_adverb(tokens[n].lower):
                n += 1
            if n < len(tokens) and get_lexicon().is_participle(tokens[n].text):
                gender = word_gender(tokens[n].text, ("VERB", "ADJ"))
                return GenderedWord(tokens[n], gender, "participle") if gender else None
            return None
    return None


def past_age_apposition(tokens, k: int) -> int:
    """The index after a bare age between commas at ``k`` ("La reine, 95 ans, a été admise"), else ``k``."""
    if k + 3 < len(tokens) and tokens[k].text == "," and tokens[k + 1].text.isdigit() \
            and tokens[k + 2].lower == "ans" and tokens[k + 3].text == ",":
        return k + 4
    return k


def past_dont_relative(tokens, k: int) -> int | None:
    """The index after ", dont ... ," at ``k`` ("L'homme, dont le nom n'a pas été communiqué, a été
    transporté"): the relative's own subject is another, the verb group after it is the noun's."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower != "dont":
        return None
    close = next((j for j in range(k + 2, min(len(tokens), k + 16)) if tokens[j].text in ",.;:!?«»()"), None)
    return close + 1 if close is not None and tokens[close].text == "," else None


def _adjective_only(word: str) -> bool:
    """An adjective and no verb form ("française", "primaire"; not "a", "est", "vit", "nommée")."""
    analyses = get_lexicon().analyses(word)
    return any(e.pos == "ADJ" for e in analyses) and not any(e.pos == "VERB" or e.participle for e in analyses)


_CLAUSE_STOPS = {"que", "qu'", "qu’", "dont", "où", "si", "quand", "lorsque", "lorsqu'", "lorsqu’", "car", "mais"}


def main_verb_after_relative(tokens, after_qui: int) -> int | None:
    """The index of the main clause's être/avoir after a relative with no commas ("La femme qui a été
    abattue lundi est morte"): the first finite être/avoir past the relative's own verb group, with no
    punctuation or other clause between; else None."""
    j = after_qui + 1
    while j < len(tokens) and (tokens[j].lower in ETRE or tokens[j].lower in AVOIR or get_lexicon().is_participle(tokens[j].text)):
        j += 1  # the relative's own "a été abattue"
    for k in range(j, min(len(tokens), j + 8)):
        token = tokens[k]
        if not token.is_word or token.lower in _CLAUSE_STOPS:
            return None
        if token.lower in ETRE or token.lower in AVOIR:
            return k
    return None
