"""People in the English source: names, titles, roles, and the pronouns that refer to them.

No English spaCy model is available offline, so this works on tokens and word
lists: a person is a capitalised run that starts with a known first name
("Wendy Sherman"), or a surname after a title ("Mr Ryabkov"). Pronouns are
resolved to the people in view (this paragraph and the two before), using only
gender evidence that does not itself come from pronouns, so one pronoun never
proves itself.
"""
from __future__ import annotations

from functools import lru_cache


from ..model import BilingualDocument, Evidence
from .cast import SHORT, UNKNOWN, WEIGHTS, Cast, Person
from .english_pronouns import PronounResolver, gendered_noun
from ..nlp.tokens import APOSTROPHES, Token, fold, tokenize
from .wordlists import (EN_TITLES, FIRST_NAME_CONFIDENCE, FOLLOW_VERBS, NATIONALITY_ALIASES, NEUTRAL_TITLES,
                        NOT_FIRST_NAMES, NOT_LONE_NAMES, NOT_NAME_WORDS, PARTICLES, SUBJECT_VERBS, countries, places,
                        word_tables)



@lru_cache(maxsize=100_000)
def _first_name(word: str) -> tuple[str, float]:
    from ..nlp.names import first_name_gender
    gender, confidence = first_name_gender(word)
    return SHORT.get(gender, UNKNOWN), float(confidence)


def _is_title(lower: str) -> bool:
    return lower in EN_TITLES or lower in NEUTRAL_TITLES


def _is_known_first_name(word: str) -> bool:
    gender, confidence = _first_name(word)
    return gender != UNKNOWN or confidence > 0


def strip_possessive(token: Token) -> Token:
    text = token.text
    if len(text) > 2 and text[-2] in APOSTROPHES and text[-1] in "sS":
        return Token(text[:-2], token.start, token.end - 2)
    return token


# Lower-case words inside a role before a name: "Russia's foreign minister, Sergei Lavrov".
ROLE_MODIFIERS = {"foreign", "deputy", "prime", "defence", "defense", "finance", "interior", "economy",
                  "trade", "health", "justice", "energy", "top", "chief", "former", "new", "acting", "senior",
                  "vice", "assistant", "associate", "general"}
# Particles that only ever open a surname (al, el, ben, abu can be given names: Al Gore, Ben Wallace).
SURNAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "da", "di", "del", "ter",
                     "dos", "das", "y"}


def _up_to_three_words(tokens: list[Token], indices: list[int]) -> list[int]:
    """The first three capitalised words of ``indices`` and the particles between them
    ("Ursula von der Leyen" is one first name and one surname, not three words)."""
    out, words = [], 0
    for j in indices:
        if words == 3:
            break
        out.append(j)
        if tokens[j].lower not in PARTICLES:
            words += 1
    return out


def name_follows(tokens: list[Token], i: int) -> bool:
    """A capitalised word at ``i``, or after one or two more particles ("von der Leyen")."""
    for j in range(i, min(i + 3, len(tokens))):
        if tokens[j].text[:1].isupper():
            return True
        if tokens[j].lower not in PARTICLES:
            return False
    return False


def _name_runs(tokens: list[Token]) -> list[list[int]]:
    """Runs of token indices that may form a proper name (capitalised words, particles, initials)."""
    runs, current = [], []
    for i, token in enumerate(tokens):
        word = token.text
        capitalised = word[:1].isupper() and word[:1].isalpha()
        particle = word.lower() in PARTICLES and current and name_follows(tokens, i + 1)
        if capitalised or particle:
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


class SourceReader(PronounResolver):
    """Walks the source once to find people, then again to resolve references."""

    def __init__(self, doc: BilingualDocument):
        self.doc = doc
        self.cast = Cast()
        self.tokens = {seg.id: [strip_possessive(t) for t in tokenize(seg.source.text, False)]
                       for seg in doc.segments}
        self.surnames: dict[str, str] = {}  # surname lower -> person key
        self.namesakes: dict[str, list[str]] = {}  # surname lower -> keys of everyone bearing it
        self.provisional: dict[str, str] = {}  # lone capitalised subjects, lower -> as written
        self.provisional_keys: set[str] = set()
        self.provisional_names: dict[str, str] = {}  # lone surname lower -> "First Surname" when one precedes it
        self.last_mention: dict[str, int] = {}  # person key -> order of its latest mention (resolve)
        self._sentence = 0  # number of the segment resolve() is reading
        self.tied: set[tuple[str, int]] = set()  # (segment id, start) of pronouns given to someone

    # -- pass 1: people introduced by first name or title
    def find_people(self) -> None:
        for seg in self.doc.segments:
            tokens = self.tokens[seg.id]
            for run in _name_runs(tokens):
                self._person_in_run(seg, tokens, run)

    def _person_in_run(self, seg, tokens: list[Token], run: list[int]) -> None:
        for pos, index in enumerate(run):
            word = tokens[index].text
            lower = word.lower().rstrip(".")
            if lower in SURNAME_PARTICLES:
                continue  # "Von der Leyen", "Le Maire" open a surname, not a first name
            rest = [i for i in run[pos + 1:]]
            if not rest:
                return
            if any(tokens[j].lower in NOT_NAME_WORDS for j in rest[:3]):
                continue  # "York Stock Exchange", "Geneva Convention": an institution, not a person
            name_tokens = [index] + _up_to_three_words(tokens, rest)
            title_gender = EN_TITLES.get(tokens[index].lower)
            is_title = title_gender is not None or tokens[index].lower in NEUTRAL_TITLES
            if is_title:
                # "Mr Ryabkov", "President Joe Biden", "Lieutenant General Baroness Saken": titles
                # are not part of the name; the one nearest the name gives the gender
                following, last_title = list(rest), index
                while following and _is_title(tokens[following[0]].lower):
                    last_title = following.pop(0)
                    title_gender = EN_TITLES.get(tokens[last_title].lower) or title_gender
                if not following:
                    return
                surname_tokens = _up_to_three_words(tokens, following)
                if len(tokens[surname_tokens[-1]].text) < 2:
                    return  # "Lady I": no surname
                if surname_tokens and _is_known_first_name(tokens[surname_tokens[0]].text) \
                        and len(surname_tokens) > 1:
                    person = self._add_person(seg, tokens, surname_tokens)
                else:
                    person = self._add_person(seg, tokens, surname_tokens[-1:])
                if title_gender:
                    person.add_evidence(self._evidence(seg, tokens, index, surname_tokens[-1], "title",
                                                       title_gender), WEIGHTS["title"])
                if len(surname_tokens) > 1:
                    self._first_name_evidence(person, seg, tokens[surname_tokens[0]])
                self._describe(person, seg, tokens, index)
                return
            if len(word) > 1 and word[1:].islower() and _is_known_first_name(word) \
                    and lower not in NOT_NAME_WORDS and lower not in NOT_FIRST_NAMES and lower not in places() \
                    and self._plausible_name(tokens, index, name_tokens):
                name_tokens = self._trim_name(tokens, name_tokens)
                person = self._add_person(seg, tokens, name_tokens)
                self._first_name_evidence(person, seg, tokens[index])
                self._describe(person, seg, tokens, index)
                return

    @staticmethod
    def _plausible_name(tokens: list[Token], index: int, name_tokens: list[int]) -> bool:
        """A first name that is also an everyday English word ("Said", "Tomorrow", "Any") opens a name
        only mid-sentence and before a surname that is not an everyday word too."""
        from ..nlp.english_common import is_common_english
        surname = tokens[name_tokens[1]].text
        if len(surname) < 2 or (surname.isupper() and not tokens[index].text.isupper()):
            return False
        if not is_common_english(tokens[index].lower):
            return True
        sentence_start = index == 0 or tokens[index - 1].text in ".!?\"“”'‘’:;«»("
        return not sentence_start and not is_common_english(surname.lower())

    @staticmethod
    def _trim_name(tokens: list[Token], name_tokens: list[int]) -> list[int]:
        """Drop words after the surname that are not part of a name: "Pangloss Again", "Brontë JANE"."""
        from ..nlp.english_common import is_common_english
        kept = name_tokens[:2]
        for j in name_tokens[2:]:
            text = tokens[j].text
            if is_common_english(text.lower()) or (text.isupper() and len(text) > 1):
                break
            kept.append(j)
        return kept

    @staticmethod
    def _first_name_evidence(person: Person, seg, token: Token) -> None:
        """A first name counts only when the lexicon is nearly sure (Sasha, Dominique are not)."""
        if any(e.kind == "first-name" for e in person.evidence):
            return
        gender, confidence = _first_name(token.text)
        if gender != UNKNOWN and confidence >= FIRST_NAME_CONFIDENCE:
            person.add_evidence(Evidence(f"first name {token.text}", "lexicon", seg.id, token.start, token.end,
                                         seg.source_paragraph_index, "first-name", gender),
                                WEIGHTS["first-name"] * confidence)

    def _add_person(self, seg, tokens: list[Token], indices: list[int]) -> Person:
        """The person with this surname, or a new one; two first names with one surname are two
        people (Joe and Jill Biden), told apart by their first name."""
        surname = tokens[indices[-1]].text
        name = " ".join(tokens[i].text for i in indices)
        first = tokens[indices[0]].text if len(indices) > 1 else ""
        person = None
        for key in self.namesakes.get(surname.lower(), []):
            candidate = self.cast.person(key)
            if not first or not candidate.first_name or fold(candidate.first_name) == fold(first):
                person = candidate
        if person is None:
            taken = surname.lower() in self.surnames
            person = Person(key=name if taken else surname, name=name, surname=surname)
            self.cast.people.append(person)
            self.surnames.setdefault(surname.lower(), person.key)
            self.namesakes.setdefault(surname.lower(), []).append(person.key)
        elif len(name) > len(person.name):
            person.name = name
        if first and not person.first_name:
            person.first_name = first
        return person

    def _namesake(self, lower: str, tokens: list[Token], i: int, recent) -> str | None:
        """Which person a bare surname means: the one whose first name precedes it, else the
        most recently mentioned of its namesakes."""
        keys = self.namesakes.get(lower)
        if not keys:
            return self.surnames.get(lower)
        if len(keys) == 1:
            return keys[0]
        if i > 0:
            for key in keys:
                first = self.cast.person(key).first_name
                if first and fold(first) == fold(tokens[i - 1].text):
                    return key
        mentioned = [key for key in keys if key in self.last_mention]
        return max(mentioned, key=self.last_mention.__getitem__) if mentioned else keys[0]

    def _evidence(self, seg, tokens, first: int, last: int, kind: str, gender: str) -> Evidence:
        start, end = tokens[first].start, tokens[last].end
        return Evidence(seg.source.text[start:end], "source", seg.id, start, end, seg.source_paragraph_index, kind, gender)

    def _describe(self, person: Person, seg, tokens: list[Token], first: int) -> None:
        """Nationality and role words just before the name, or in an apposition after it."""
        nationalities, roles = word_tables()
        window = self._words_before(tokens, first, nationalities, roles)
        after = self._apposition(tokens, first)
        for i in window + after:
            word = tokens[i].lower
            if word in nationalities:
                person.nationality.add(NATIONALITY_ALIASES.get(word, word))
            elif word in countries():  # "Russia's foreign minister"
                person.nationality.add(countries()[word])
            if word in roles:
                person.roles.add(word)
            gender = gendered_noun(tokens[i].text)
            if gender and word not in EN_TITLES:
                person.add_evidence(self._evidence(seg, tokens, i, i, "noun", gender), WEIGHTS["noun"])

    @staticmethod
    def _words_before(tokens: list[Token], first: int, nationalities, roles) -> list[int]:
        """The words describing a name from just before it: its capitalised run ("Russian Deputy Foreign
        Minister") and role or nationality words ("German ambassador", "State Department spokesman"),
        across one comma at most; never the words of another clause."""
        out, i, comma = [first], first - 1, False
        while i >= 0 and len(out) < 7:
            token = tokens[i]
            if token.text == "," and not comma and i == first - 1:
                comma = True
            elif token.text[:1].isupper() or token.lower in nationalities or token.lower in roles \
                    or gendered_noun(token.text) or token.lower in ("of", "for", "de") \
                    or (token.lower in ROLE_MODIFIERS and out[-1] != first):  # "Russia's foreign minister"
                out.append(i)
            else:
                break
            i -= 1
        return sorted(out)

    @staticmethod
    def _apposition(tokens: list[Token], first: int) -> list[int]:
        """Indices of ", a State Department spokeswoman," right after the name starting at ``first``."""
        i = first
        while i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
            i += 1
        if i + 2 < len(tokens) and tokens[i + 1].text == "," and tokens[i + 2].lower in ("a", "an", "the"):
            out = []
            for j in range(i + 3, min(len(tokens), i + 10)):
                if tokens[j].text in ",.;:":
                    break
                out.append(j)
            return out
        return []

    # -- pass 2: every mention, then pronouns and role nouns in document order
    def find_lone_names(self) -> None:  # noqa: C901 - a list of plain filters
        """Single capitalised words used as a subject ("Evergood was", "Cogswell gained") and kept
        verbatim in the translation: people only if a pronoun later resolves to them alone."""
        from ..nlp.english_common import is_common_english
        for seg in self.doc.segments:
            tokens = self.tokens[seg.id]
            target = seg.original_target or ""  # as read: stable while the translator edits
            for i, token in enumerate(tokens[:-1]):
                word, lower = token.text, token.lower
                if lower in self.surnames or lower in self.provisional or len(word) < 3:
                    continue
                if not (word[:1].isupper() and word[1:].islower()) or lower in places() \
                        or lower in NOT_NAME_WORDS or lower in NOT_FIRST_NAMES or lower in NOT_LONE_NAMES \
                        or is_common_english(lower) or gendered_noun(word):
                    continue  # "the Duchess", "the Dodo": common nouns with a capital
                following = tokens[i + 1].text
                if not (following.islower() and (following in FOLLOW_VERBS or following in SUBJECT_VERBS
                                                 or following.endswith("ed"))):
                    if following == "," and i > 1 and tokens[i - 2].text == "," and self._unknown_name(
                            tokens[i - 1], target) and word in target:
                        # "The head of the IMF, Kristalina Georgieva, was": an unknown first name
                        self.provisional[lower] = word
                        self.provisional_names[lower] = f"{tokens[i - 1].text} {word}"
                    elif following.islower() and i > 0 and self._unknown_name(tokens[i - 1], target) \
                            and (following in FOLLOW_VERBS or following in SUBJECT_VERBS) and word in target \
                            and (i == 1 or not tokens[i - 2].text[:1].isupper()):
                        self.provisional[lower] = word  # "Kristalina Georgieva said"
                        self.provisional_names[lower] = f"{tokens[i - 1].text} {word}"
                    continue
                if i > 0 and tokens[i - 1].text[:1].isupper():
                    continue  # part of a longer name or title already handled
                if target and word not in target:
                    continue
                self.provisional[lower] = word

    @staticmethod
    def _unknown_name(token: Token, target: str) -> bool:
        """A capitalised word that may be a first name the lexicon lacks (Kristalina), kept in the
        translation: no everyday English word, place, title or institution word."""
        from ..nlp.english_common import is_common_english
        word, lower = token.text, token.lower
        return len(word) >= 3 and word[:1].isupper() and word[1:].islower() and word in target \
            and not is_common_english(lower) and lower not in places() and lower not in NOT_NAME_WORDS \
            and lower not in NOT_FIRST_NAMES and lower not in NOT_LONE_NAMES and not _is_title(lower) \
            and not gendered_noun(word)

_SOURCE_CACHE: dict[tuple, Cast] = {}


def find_source_people(doc: BilingualDocument) -> Cast:
    """The cast as the source shows it. It depends only on the source and the target as read,
    so re-checks during review reuse it (a copy: the target pass adds to it)."""
    key = tuple((s.id, s.source.text, s.source_paragraph_index, s.original_target) for s in doc.segments)
    cached = _SOURCE_CACHE.get(key)
    if cached is None:
        reader = SourceReader(doc)
        reader.find_people()
        reader.find_lone_names()
        reader.resolve()
        reader.add_unnamed()
        reader.drop_unconfirmed()
        cached = reader.cast
        if len(_SOURCE_CACHE) > 8:
            _SOURCE_CACHE.clear()
        _SOURCE_CACHE[key] = cached
    return cached.copy()
