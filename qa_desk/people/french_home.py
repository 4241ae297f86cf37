""""Chez lui" / "chez elle": the home of the clause's subject ("He returned home" -> "Il rentra chez
lui"), tied to that subject's person."""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.tokens import Token
from .french_words import GenderedWord
from .reference import Reference

_HOME = re.compile(r"\bhome\b", re.IGNORECASE)
_SUBJECTS = {"il", "elle"}
_STOPS = {".", ";", ":", "!", "?", "«", "»"}


def says_home(english: str) -> bool:
    return bool(_HOME.search(english))


@lru_cache(maxsize=4096)  # asked by the pronoun reader and by home_references, per segment
def subject_home(english: str) -> bool:
    """A "home" whose verb has no object: the subject's ("went home", "stayed at home"), not "met her
    at home" or "drove Anna home", where the home may be the object's."""
    if not says_home(english):
        return False
    from .english import parse
    homes = [t for t in parse(english) if t.lower_ == "home"]
    return bool(homes) and all(not any(c.dep_ in ("obj", "iobj") for c in t.head.children) for t in homes)


def home_references(cast, seg, tokens: list[Token], references: list) -> list[Reference]:
    """A "chez lui/elle" where the English says "home" is its sentence's subject's: the person of the
    subject il/elle or name before it in the sentence, or of the name right after a fronted
    "Chez elle, Mme X"."""
    if not subject_home(seg.source.text):
        return []
    subjects = {r.words[0].token.start: r.person for r in references
                if r.segment == seg.id and r.kind == "pronoun" and r.words and r.words[0].token.lower in _SUBJECTS}
    names = {m.start: m.person for m in cast.mentions(seg.id, "target") if m.kind == "name"}
    out = []
    for i in range(len(tokens) - 1):
        if tokens[i].lower != "chez" or tokens[i + 1].lower not in ("lui", "elle"):
            continue
        person = None
        for j in range(i - 1, -1, -1):  # the nearest subject before it, in its sentence
            if tokens[j].text in _STOPS:
                break
            person = subjects.get(tokens[j].start) or names.get(tokens[j].start)
            if person is not None:
                break
        if person is None and (i == 0 or tokens[i - 1].text in _STOPS) and i + 3 < len(tokens) \
                and tokens[i + 2].text == ",":
            person = next((names[t.start] for t in tokens[i + 3:i + 6] if t.start in names), None)
        if person is not None:
            stressed = tokens[i + 1]
            out.append(Reference(person, seg.id, "pronoun",
                                 [GenderedWord(stressed, "m" if stressed.lower == "lui" else "f", "stressed")]))
    return out
