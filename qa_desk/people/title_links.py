"""French courtesy titles before a name the French reader could not tie to anyone, tied here to the
person the aligned English sentence names, when the French writes that name another way.

The reader ties a name by its letters (one slip allowed on long names). A title's name may still
be the English person's in French conventions ("Mme Loukachenko" for "Mr Lukashenko", "M.
Danilichine" for "Mr Danilishin"), split in two ("El Baradei" / "ElBaradei"), one letter long
("Madam X" / "M. X"), or with its ending lost to a broken encoding ("Grybauskaitnous" /
"Grybauskaithas"). Only a person the aligned English sentence names can be the one, and only when
exactly one fits: the title then becomes that person's title reference, for the title check. No
evidence of gender is taken from it (the title may be the error).
"""
from __future__ import annotations

import re

from ..model import BilingualDocument, Evidence
from ..nlp.name_match import folded, renders
from ..nlp.tokens import tokenize
from .cast import WEIGHTS, Cast, Mention, Person
from .english_names import surname_prior
from .french_words import GenderedWord
from .reference import Reference
from .titles import french_title_gender

_TITLE_BEFORE_NAME = re.compile(r"(?<!\w)(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle)\s+[A-ZÀ-Ý]")
_LONG_PREFIX = 8  # letters a mangled long name keeps of its beginning


def same_name(english: str, french: str) -> bool:
    """The French word is the English surname: the same letters, another convention, or the same
    long beginning with an ending lost ("Grybauskaithas" / "Grybauskaitnous")."""
    if not english or not french:
        return False
    fe, ff = folded(english), folded(french)
    if fe == ff or renders(english, french):
        return True
    common = 0
    for a, b in zip(fe, ff):
        if a != b:
            break
        common += 1
    return common >= _LONG_PREFIX and common >= 0.7 * max(len(fe), len(ff))


def link_loose_titles(doc: BilingualDocument, cast: Cast) -> None:
    """Append a title reference for each untied French title whose name is one English person's."""
    taken = {(r.segment, w.token.start) for r in cast.references for w in r.words}
    for seg in doc.segments:
        text = seg.target.text if seg.target is not None else ""
        if not text or not _TITLE_BEFORE_NAME.search(text):
            continue
        tokens = tokenize(text)
        people = {m.person for m in cast.mentions(seg.id, "source") if m.kind in ("name", "surname")}
        if not people:
            _opening_pronoun_named(seg, tokens, cast, taken)
            _surname_of_one_sex(seg, tokens, cast, taken)
            continue
        for i, token in enumerate(tokens[:-1]):
            if (seg.id, token.start) in taken:
                continue
            title = french_title_gender(token.text)
            name = tokens[i + 1]
            if not title or title[0] not in ("m", "f") or not name.text[:1].isupper() or not name.is_word:
                continue
            forms = [name.text]
            if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_word:
                forms.append(name.text + tokens[i + 2].text)  # "El Baradei" for "ElBaradei"
            fitting = [key for key in people
                       if any(same_name(cast.person(key).surname, form) for form in forms)]
            if len(fitting) == 1:
                cast.references.append(Reference(fitting[0], seg.id, "title",
                                                 [GenderedWord(token, title[0], "title")]))


_OPENING_PRONOUN = re.compile(r"\W*(He|She)\b")


def _opening_pronoun_named(seg, tokens, cast: Cast, taken: set) -> None:
    """"He is the first President of the Bank" -> "M. Duisenberg est le premier président": the
    English opens on a subject pronoun and names nobody, the French opens on a title and a name the
    English does not have. The French name is the pronoun's person, whose title it is."""
    opening = _OPENING_PRONOUN.match(seg.source.text)
    if opening is None or len(tokens) < 2 or (seg.id, tokens[0].start) in taken:
        return
    title = french_title_gender(tokens[0].text)
    name = tokens[1]
    if not title or title[0] not in ("m", "f") or title[1] != "s" or not name.text[:1].isupper():
        return
    if any(same_name(word, name.text) for word in re.findall(r"[A-Z][\w'’-]+", seg.source.text)):
        return  # the English writes the name too: a person the reader could not read
    pronoun = next((m for m in cast.mentions(seg.id, "source")
                    if m.kind == "pronoun" and m.start == opening.start(1)), None)
    if pronoun is None:
        return
    cast.references.append(Reference(pronoun.person, seg.id, "title",
                                     [GenderedWord(tokens[0], title[0], "title")]))


_INNER_WORD = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+\b")
_SURE = 0.9  # a surname's ending at least this sure of its sex (Bakiyev, Smirnova; not Kovac)


def _surname_of_one_sex(seg, tokens, cast: Cast, taken: set) -> None:
    """"Meanwhile, Bakiyev fled" -> "Mme Bakiev a quitté": a lone surname the English analysis left
    unconfirmed (no title, pronoun or role says it is someone), written after a French title, is a
    person; a surname whose grammar gives one sex (Slavic -ev, -ov, -ova, Baltic -aitė) then gives it."""
    english = [m.group() for m in _INNER_WORD.finditer(seg.source.text)]
    for i, token in enumerate(tokens[:-1]):
        title = french_title_gender(token.text)
        name = tokens[i + 1]
        if (seg.id, token.start) in taken or not title or title[0] not in ("m", "f") or title[1] != "s" \
                or not name.text[:1].isupper():
            continue
        words = [w for w in english if same_name(w, name.text)]
        if len(words) != 1:
            continue
        gender, confidence = surname_prior(words[0])
        if gender not in ("m", "f") or confidence < _SURE:
            continue
        key = words[0]
        while any(p.key == key for p in cast.people):
            key += "'"
        start = seg.source.text.index(words[0])
        person = Person(key=key, name=words[0], surname=words[0])
        cast.people.append(person)
        person.add_evidence(Evidence(f"surname {words[0]}", "lexicon", seg.id, start, start + len(words[0]),
                                     seg.source_paragraph_index, "surname", "male" if gender == "m" else "female"),
                            WEIGHTS["surname"] * confidence)
        cast.add_mention(Mention(key, seg.id, "source", start, start + len(words[0]), words[0], "surname"))
        cast.references.append(Reference(key, seg.id, "title", [GenderedWord(token, title[0], "title")]))
