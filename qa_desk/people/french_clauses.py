"""What may stand between a French noun phrase and the verb that agrees with it: short noun
complements ("du village", "de la ville") and a relative clause between commas."""
from __future__ import annotations

from .french_words import is_fixed_gender_noun, word_gender


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
            return j + 1
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
