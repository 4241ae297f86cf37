"""Plural role phrases of the French target: "les (deux) religieuses", "ces infirmières", and what
agrees with them ("ont été arrêtées", "toutes deux avocates")."""
from __future__ import annotations

from ..nlp.lexicon import get_lexicon
from ..nlp.numbers_words import FRENCH_CARDINALS
from ..nlp.tokens import Token
from .agreement import verb_group_words
from .french_clauses import past_complement
from .french_words import GenderedWord, is_person_noun, is_plural_agreeing, word_gender
from .reference import Reference
from .titles import english_gendered_word
from .verb_words import PLURAL_DETERMINERS
from .wordlists import translates_role



def plural_role_phrase(tokens: list[Token], i: int) -> tuple[int, list[GenderedWord], int] | None:
    """(head index, gendered words, index after the phrase) of a plural role phrase opened by the
    determiner at ``i`` ("les deux religieuses âgées"), or None."""
    if tokens[i].lower not in PLURAL_DETERMINERS:
        return None
    head = i + 1
    while head < len(tokens) and (tokens[head].lower in FRENCH_CARDINALS or tokens[head].text.isdigit()):
        head += 1
    if head >= len(tokens) or not tokens[head].text.islower():
        return None
    nouns = [e for e in get_lexicon().analyses(tokens[head].text) if e.pos == "NOUN" and e.number == "p"]
    if not nouns or not any(is_person_noun(e.lemma) for e in nouns):
        return None
    words = []
    gender = word_gender(tokens[head].text, ("NOUN",))
    if gender in ("m", "f") and len({e.gender for e in nouns}) == 1:
        words.append(GenderedWord(tokens[head], gender, "noun", "p"))
    k = head + 1
    while k < len(tokens) and tokens[k].text.islower() and is_plural_agreeing(tokens[k].text):
        adjective = word_gender(tokens[k].text, ("ADJ", "VERB"))
        if adjective in ("m", "f"):
            words.append(GenderedWord(tokens[k], adjective, "adjective", "p"))
        k += 1
    return head, words, k


def both_apposition(tokens: list[Token], k: int) -> tuple[list[GenderedWord], int]:
    """", tous deux avocats," after a plural subject: its words and the index after it (none: ``k``)."""
    if not (k + 3 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in ("tous", "toutes")
            and tokens[k + 2].lower in FRENCH_CARDINALS):
        return [], k
    words = [GenderedWord(tokens[k + 1], "m" if tokens[k + 1].lower == "tous" else "f", "determiner", "p")]
    j = k + 3
    while j < len(tokens) and tokens[j].text.islower() and tokens[j].is_word:
        gender = word_gender(tokens[j].text, ("NOUN", "ADJ"))
        if gender in ("m", "f"):
            words.append(GenderedWord(tokens[j], gender, "noun", "p"))
        j += 1
    if j < len(tokens) and tokens[j].text == ",":
        return words, j + 1
    return [], k


def plural_role_references(cast, seg, tokens: list[Token], used: set[int], source_roles: list,
                           is_subject) -> list[Reference]:
    """"Les religieuses ont été arrêtés" for "The nuns were arrested": a plural phrase tied to the one
    group an English role phrase names, with its verb group when it is the subject."""
    out = []
    for i in range(len(tokens) - 1):
        if i in used:
            continue
        found = plural_role_phrase(tokens, i)
        if found is None:
            continue
        head, words, end = found
        noun = tokens[head].text
        # only a group its own noun sexes ("the nuns", "the sisters"): "the nurses, most of them women"
        # is a mixed group, rightly "les infirmiers"
        matching = {m.person for m in source_roles if cast.person(m.person).plural and m.text.split()
                    and english_gendered_word(m.text.split()[-1]) and translates_role(m.text, noun)}
        if len(matching) != 1:
            continue
        if is_subject(tokens, i):
            apposition, end = both_apposition(tokens, end)
            following = verb_group_words(tokens, end, plural=True)
            if not following and not apposition:  # "Les duchesses de Bretagne étaient couronnées"
                following = verb_group_words(tokens, past_complement(tokens, end), plural=True)
            words = words + apposition + following
        if words:
            used.update(range(i, end))
            out.append(Reference(matching.pop(), seg.id, "phrase", words))
    return out
