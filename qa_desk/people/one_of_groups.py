"""The group of "l'une des meilleures autrices": whose words agree with a woman who is one of them.

French gives a woman "l'une des" whatever the group, and keeps the group masculine when it is
mixed ("l'une des meilleurs joueurs" is said), so the readers leave a woman's group words alone
(``predicate_nouns.one_of_words(group_if_feminine=True)``). When the English says the group is
women ("one of the best female writers", "one of only five madams"), its French words are
feminine too, and a fix of "l'un" must take them with it.
"""
from __future__ import annotations

import re

from ..nlp.tokens import tokenize
from .french_words import GenderedWord
from .predicate_nouns import one_of_words
from .titles import english_gendered_word

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_WOMEN = {"female", "women", "woman", "ladies", "girls"}
REACH = 7  # words after "one of" where the group's noun stands ("one of the five most successful female ...")


def english_group_is_women(english: str) -> bool:
    """"one of the best female writers", "one of only five madams in the city": after "one of",
    a word that makes the group women (female, women) or a plural noun of a woman (madams, actresses)."""
    words = [w.lower() for w in _WORD.findall(english)]
    for n in range(len(words) - 1):
        if words[n] == "one" and words[n + 1] == "of":
            for word in words[n + 2:n + 2 + REACH]:
                if word in _WOMEN or word.endswith("s") and english_gendered_word(word) == "f":
                    return True
    return False


def group_words(french: str, one_of: GenderedWord) -> list[GenderedWord]:
    """The adjectives and noun of the group after ``one_of`` ("un" of "l'un des meilleurs auteurs")."""
    tokens = tokenize(french)
    index = next((i for i, t in enumerate(tokens) if t.start == one_of.token.start), None)
    if index is None:
        return []
    return one_of_words(tokens, index)[1:]
