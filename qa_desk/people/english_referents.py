"""Every human referent of the English source, with its mentions and the evidence for its gender.

One pass over the parsed sentences in document order. Names become people (namesakes kept
apart by first name), role and kinship nouns become referents of their own unless the parse
ties them to a name (apposition, predicate, compound), definite descriptions go back to the
person introduced with that role or nationality, and pronouns go where ``english_coref``
sends them. Evidence is ranked by kind (see ``cast.TIERS``): an English title or gendered
noun, then pronouns bound by syntax, then — only when the text says nothing — the first name.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import BilingualDocument, Evidence
from ..nlp.english_common import is_everyday_word
from ..nlp.tokens import fold
from .cast import WEIGHTS, Cast, Mention, Person
from .english import parse_all
from .english_coref import FAR, Resolver, Seen
from .english_descriptions import KIN_NOUNS, DescriptionReader
from .english_mentions import (NameSpan, capitalised_runs, entity_labels, first_name_prior, known_first_name, nationality_of,
                               noun_gender, read_name, syntactic_role)
from .english_names import may_mention_people, name_words, split_name, surname_prior
from .english_pronouns import EnglishPronounReader
from .wordlists import FIRST_NAME_CONFIDENCE, word_tables

LONG = {"f": "female", "m": "male"}
_OPENERS = {".", "!", "?", ":", ";", "(", '"', "“", "‘", "'", "«", "-", "–", "—", "…"}
_INNER_CAPITAL = re.compile(r"[a-z,;]\s+([A-Z][\w'’-]+)")


_SPOUSE_NOUNS = {"wife", "husband", "widow", "widower", "spouse"}


def _married_in(token) -> bool:
    """"married William Gresser", "his wife Margarete Mitscherlich": a name introduced as a spouse."""
    from .english_mentions import verb_in
    if token.dep_ in ("obj", "obl") and verb_in(token.head, {"marry", "wed"}):
        return True
    return any(t.lower_ in _SPOUSE_NOUNS for t in [token.head, *token.children]
               if t.dep_ in ("compound", "appos", "nmod:poss") or t.i == token.head.i and token.dep_ in ("appos", "flat"))


def _kin_named(token) -> bool:
    """A name met as someone's relative ("the daughter of José Tohá", "the daughter of the economist and
    minister Paulo Tavares"): relatives often share a surname, so a later bare surname may be either."""
    for _ in range(5):  # up through the name's descriptions to the relative noun
        head = token.head
        if head.i == token.i:
            return False
        if head.lower_ in KIN_NOUNS:  # "her brother, Carlos Mendes": the name is a relative itself
            return token.dep_ == "nmod" or token.dep_ == "appos" and any(
                c.dep_ == "nmod" and head.i < c.i < token.i or c.dep_ == "nmod:poss" and c.i < head.i
                for c in head.children)
        if token.dep_ not in ("flat", "compound", "appos", "conj", "nmod"):
            return False
        token = head
    return False


def _possessor_of_subject(token) -> bool:
    """"Staudt's professional career began...": the sentence is about the possessor of its subject."""
    return token.dep_ == "nmod:poss" and token.pos_ == "PROPN" and token.head.dep_ in ("nsubj", "nsubj:pass")


def _real_sentence_start(doc, i: int) -> bool:
    """A parser's sentence start that is one: after a full stop, not inside "Ed.M. in" or "Ph.D. in"
    (the tokenizer splits degrees and initials, and the parser starts a sentence at each piece)."""
    if i == 0:
        return True
    before, token = doc[i - 1].text, doc[i].text
    if before[-1:] not in ".!?…\"”»)" or not token[:1].isupper() and not token[:1] in "\"“«(":
        return False
    if len(token) <= 2 and token.endswith("."):
        return False  # "M." of "Ed.M."
    if before == "." and i >= 2 and len(doc[i - 2].text) <= 3 and doc[i - 2].text[:1].isupper():
        return False  # "Ed" "." "M.": an abbreviation's pieces
    return True


# Endings of surnames made from a father's name: alone, such a word is a surname ("Johnson said she")
PATRONYMIC_ENDINGS = ("son", "sen", "sson")
LONE_PATRONYMIC_CONFIDENCE = 0.8


class SourceReader(DescriptionReader, EnglishPronounReader):
    """Reads the source of a document into a :class:`Cast`."""

    def __init__(self, doc: BilingualDocument):
        self.doc = doc
        self.cast = Cast()
        self.seen: list[Seen] = []
        self.by_surname: dict[str, list[str]] = {}  # folded surname -> keys
        self.by_first: dict[str, list[str]] = {}
        self.provisional: set[str] = set()
        self.pronoun_links: dict[str, list[str]] = {}  # key -> genders of strong pronoun links
        self.resolver = Resolver(self.known_gender, self.prior_of, lambda key: key in self.provisional,
                                 self.firm_gender)
        self.sentence_number = 0
        self._inner_capitals: set[str] | None = None
        self.spouses: set[str] = set()  # people introduced as someone's husband or wife
        self.vessels: set[tuple[int, str, int]] = set()  # (sentence, segment, token) of a ship, named or not

    @staticmethod
    def _past_opening_word(sentence, start: int, end: int) -> int:
        """"Now Wigner herself", "Then Okafor said": an adverb or conjunction opening the sentence
        is no first name of the name after it."""
        doc = sentence.doc
        token = doc[start]
        if end - start > 1 and (start == 0 or doc[start - 1].text in _OPENERS) \
                and token.pos_ in ("ADV", "SCONJ", "CCONJ", "ADP", "DET", "PRON", "INTJ", "AUX") \
                and is_everyday_word(token.text) and not known_first_name(token.text):
            return start + 1
        return start

    def _everyday_opener(self, sentence, start: int, end: int) -> bool:
        """"Historians have found...", "Prior to joining...", "Architecture itself moves": the first
        word of a sentence is an everyday word, not a name, unless it is a first name or the
        document writes it with a capital inside a sentence too ("Young said...; ... Ms Young").
        A noun the parser reads as a name stays one unless its verb is plural ("Historians have")."""
        doc = sentence.doc
        if end - start != 1 or start > 0 and doc[start - 1].text not in _OPENERS:
            return False
        word = doc[start].text
        if known_first_name(word) or not is_everyday_word(word):
            return False
        token = doc[start]
        plural_verb = token.lower_.endswith("s") and any(
            t.tag_ == "VBP" or t.lower_ in ("are", "were", "have") for t in [token.head, *token.head.children]
            if t.dep_ in ("aux", "aux:pass", "cop", "ROOT") or t.i == token.head.i)
        singular_verb = any(t.tag_ == "VBZ" or t.lower_ in ("was", "is", "has")
                            for t in [token.head, *token.head.children]
                            if t.dep_ in ("aux", "aux:pass", "cop", "ROOT") or t.i == token.head.i)
        if token.tag_ == "NNS" and not singular_verb and token.lower_.endswith("s"):
            plural_verb = True  # "Activities as vice-president ... provided": tagged a plural noun, no verb says one
        if token.pos_ in ("PROPN", "NOUN") and not plural_verb:
            return False  # "Fry was a painter", "Chambers was born": a surname may be a word too
        if self._inner_capitals is None:
            self._inner_capitals = {m.group(1) for s in self.doc.segments
                                    for m in _INNER_CAPITAL.finditer(s.source.text)}
        return word not in self._inner_capitals

    # -- evidence the resolver reads
    def firm_gender(self, key: str) -> str:
        """'f'/'m' from titles, gendered nouns and the user only."""
        totals = self.cast.person(key).score({"title", "noun", "user"})
        if totals["female"] != totals["male"]:
            return "f" if totals["female"] > totals["male"] else "m"
        return ""

    def known_gender(self, key: str) -> str:
        firm = self.firm_gender(key)
        if firm:
            return firm
        links = self.pronoun_links.get(key, [])
        if links and len(set(links)) == 1:
            return links[0]
        return ""

    def prior_of(self, key: str) -> tuple[str, float]:
        person = self.cast.person(key)
        if person.first_name:
            prior = first_name_prior(person.first_name)
            if prior[0] in ("f", "m"):
                return prior
        if person.surname and " " not in person.surname:
            prior = first_name_prior(person.surname)  # a person named by one given name: "Darina", "Achieng"
            if prior[0] in ("f", "m") and not person.first_name:
                if person.surname.lower().endswith(PATRONYMIC_ENDINGS):
                    # "Johnson", "Wilson", "Jackson": alone, a surname far more often than a given name;
                    # the name lists' sureness is no reason to exclude "Johnson ... her glove"
                    return prior[0], min(prior[1], LONE_PATRONYMIC_CONFIDENCE)
                return prior
        return surname_prior(person.surname) if person.surname else ("u", 0.0)

    # -- the pass
    def read(self) -> Cast:
        segments = [s for s in self.doc.segments if s.source.text.strip()]
        needed = [s for s in segments if may_mention_people(s.source.text)]
        docs = dict(zip((s.id for s in needed), parse_all([s.source.text for s in needed])))
        for seg in segments:
            parsed = docs.get(seg.id)
            if parsed is None:  # nobody in it: nothing to parse (the sentence still counts for recency)
                self.sentence_number += 1
                continue
            # a segment is a sentence already (or a few): the parser's own boundaries, which fall
            # wherever it finds a second root ("The inspector, | Jan Novak, questioned..."), are not used
            self._read_sentence(seg, parsed[:], entity_labels(parsed))
        self._drop_unconfirmed()
        return self.cast

    def _read_sentence(self, seg, sentence, ents) -> None:
        paragraph = seg.source_paragraph_index
        starts = [s.start for s in sentence.doc.sents if _real_sentence_start(sentence.doc, s.start)]
        self._first_sentence = self.sentence_number
        self._sentence_starts = starts
        here: list[Seen] = []
        taken: set[int] = set()  # tokens already part of a mention
        tied: dict[int, str] = {}  # token index -> person key (name heads, for appositions)
        for start, end in capitalised_runs(sentence):
            start = self._past_opening_word(sentence, start, end)
            if self._everyday_opener(sentence, start, end):
                continue
            span = read_name(sentence, start, end, ents)
            if span is None:
                continue
            if span.reason.startswith("a name with a number") and start > 0 and sentence.doc[start - 1].lower_ == "the":
                # "the Queen Mary 2 ... She will reach" (not "In May 2012, she")
                self.vessels.add((self._sentence_of(span.head), seg.id, span.head))
            key = self._person_for(seg, sentence, span)
            if key is None:
                continue
            taken.update(range(span.start, span.end))
            for i in range(span.start, span.end):  # the titles too: "the officer in charge, Captain X"
                tied[i] = key
            here.append(Seen(key, self._sentence_of(span.head), paragraph, syntactic_role(sentence.doc[span.head]),
                             span.head, seg.id, is_name=True))
        subjects = [e for e in here if e.role == "subject" or _possessor_of_subject(sentence.doc[e.token])]
        if subjects:
            self._absorb_anonymous(subjects[0].key, subjects[0].sentence, paragraph)
        self._descriptions(seg, sentence, here, taken, tied)
        self._pronouns(seg, sentence, here, tied)
        self._predicates(seg, sentence, tied)
        self.seen.extend(sorted(here, key=lambda e: e.token))
        self.sentence_number = self._first_sentence + len(starts)
        if len(self.seen) > 2000:  # the resolver looks FAR sentences back at most
            self.seen = [e for e in self.seen if self.sentence_number - e.sentence < FAR]

    def _sentence_of(self, index: int) -> int:
        """The document-wide number of the sentence holding token ``index`` of the current segment."""
        return self._first_sentence + max(0, bisect_right(self._sentence_starts, index) - 1)

    # -- names
    def _person_for(self, seg, sentence, span: NameSpan) -> str | None:
        doc = sentence.doc
        text = seg.source.text[doc[span.name_start].idx:doc[span.end - 1].idx + len(doc[span.end - 1])]
        words = name_words(doc, span.name_start, span.end)
        first, surname_phrase = split_name(words)
        surname = surname_phrase.split()[-1]  # what the French reader looks for: "Leyen", "Maire"
        if not (span.person or span.provisional):
            return None  # an organisation, a place, a work: not a person, even if a namesake is
        key = self._find(first, surname, text, span)
        kin = bool(first) and _kin_named(doc[span.head])
        if kin and key is not None and not self.cast.person(key).first_name:
            key = None  # "McGavin was born ..., son of James McGavin": the father is someone else
        if key is not None and not first and not span.title_gender and key in self.spouses:
            # "she married William Gresser ... Gresser was a painter": the bare surname may be either
            # spouse (a wife often takes it), so it is tied to neither
            key = None
        if key is None:
            key = self._new_person(first, surname, text, surname_phrase)
            if span.provisional:
                self.provisional.add(key)
        if first and (_married_in(doc[span.head]) or kin):
            self.spouses.add(key)
        person = self.cast.person(key)
        if first and not person.first_name:
            person.first_name = first
        if len(text) > len(person.name) and (first or not person.first_name):
            person.name = text
        if span.person and key in self.provisional and span.reason != "a lone capitalised word":
            self.provisional.discard(key)
        kind = "name" if first else "surname"
        self.cast.add_mention(Mention(key, seg.id, "source", doc[span.name_start].idx,
                                      doc[span.end - 1].idx + len(doc[span.end - 1]), text, kind))
        self._title_evidence(seg, sentence, span, person)
        if first:
            given = next((t for t in doc[span.name_start:span.end] if t.text == first.split("-")[0]),
                         doc[span.name_start])
            self._first_name_evidence(seg, given, person, first)
        self._surname_evidence(seg, doc, span, person)
        return key

    def _surname_evidence(self, seg, doc, span, person: Person) -> None:
        """Novotná, Kowalska, Smirnova are women's surnames; Kowalski, Ivanov men's (weak, like a first name)."""
        if any(e.kind in ("surname", "first-name") for e in person.evidence):
            return
        gender, confidence = surname_prior(person.surname)
        if gender in ("f", "m"):
            last = doc[span.end - 1]
            person.add_evidence(Evidence(f"surname {person.surname}", "lexicon", seg.id, last.idx,
                                         last.idx + len(last), seg.source_paragraph_index, "surname",
                                         LONG[gender]), WEIGHTS["surname"] * confidence)

    def _find(self, first: str, surname: str, text: str, span: NameSpan) -> str | None:
        """The person already met with this name: same first name and surname; a bare surname
        is its most recent bearer (of the title's gender, when a title says); a bare first name
        is the person met with it."""
        keys = self.by_surname.get(fold(surname), [])
        if first:
            for key in keys:
                known = self.cast.person(key).first_name
                if not known or fold(known) == fold(first):
                    return key
            return None
        if keys:
            if span.title_gender:
                fitting = [k for k in keys if self.known_gender(k) in ("", span.title_gender)]
                keys = fitting or keys
            return max(keys, key=self._salience)  # "his wife Margarete Mitscherlich he..." then "Mitscherlich"
        by_first = self.by_first.get(fold(surname), [])
        return max(by_first, key=self._last_seen) if len(by_first) == 1 else None

    def _salience(self, key: str) -> float:
        """How present a person is now: the best of role weight plus recency over their latest mentions."""
        from .english_coref import RECENCY, ROLE_WEIGHT
        best = -1000.0
        for entry in reversed(self.seen[-80:]):
            if entry.key == key:
                back = self.sentence_number - entry.sentence
                recency = RECENCY[back] if back < len(RECENCY) else -back
                best = max(best, ROLE_WEIGHT.get(entry.role, 30) + recency)
        return best

    def _last_seen(self, key: str) -> int:
        for entry in reversed(self.seen):
            if entry.key == key:
                return entry.sentence
        return -1

    def _new_person(self, first: str, surname: str, text: str, phrase: str) -> str:
        taken = fold(surname) in self.by_surname or any(p.key == phrase for p in self.cast.people)
        key = text if taken else phrase
        while any(p.key == key for p in self.cast.people):
            key += "'"
        self.cast.people.append(Person(key=key, name=text, first_name=first, surname=surname))
        self.by_surname.setdefault(fold(surname), []).append(key)
        if first:
            self.by_first.setdefault(fold(first), []).append(key)
        return key

    def _title_evidence(self, seg, sentence, span: NameSpan, person: Person) -> None:
        doc = sentence.doc
        nationalities, roles = word_tables()
        if span.title_gender:
            token = doc[span.title_token]
            self._evidence(seg, person, token.idx, doc[span.end - 1].idx + len(doc[span.end - 1]), "title",
                           span.title_gender)
        for i in span.describing:
            token = doc[i]
            if token.lower_ in roles:
                person.roles.add(token.lower_)
            gender = noun_gender(token)
            if gender and i != span.title_token and token.lower_.rstrip(".") not in ("mr", "mrs", "ms"):
                self._evidence(seg, person, token.idx, token.idx + len(token), "noun", gender)
        for i in range(max(sentence.start, span.start - 4), span.name_start):  # "Russian Deputy ...", "Russia's"
            nationality = nationality_of(doc[i])
            if nationality:
                person.nationality.add(nationality)

    def _first_name_evidence(self, seg, token, person: Person, first: str = "") -> None:
        if any(e.kind == "first-name" for e in person.evidence):
            return
        gender, confidence = first_name_prior(first or token.text)  # "Park Hye-jin": Hye-jin
        if gender in ("f", "m") and confidence >= FIRST_NAME_CONFIDENCE:
            person.add_evidence(Evidence(f"first name {first or token.text}", "lexicon", seg.id, token.idx,
                                         token.idx + len(token), seg.source_paragraph_index, "first-name",
                                         LONG[gender]), WEIGHTS["first-name"] * confidence)

    def _evidence(self, seg, person: Person, start: int, end: int, kind: str, gender: str,
                  text: str | None = None) -> None:
        person.add_evidence(Evidence(text or seg.source.text[start:end], "source", seg.id, start, end,
                                     seg.source_paragraph_index, kind, LONG.get(gender, gender)), WEIGHTS[kind])

    def _drop_unconfirmed(self) -> None:
        """Lone capitalised words no pronoun, title or role confirmed are no one (Moscow, Reuters)."""
        drop = {key for key in self.provisional}
        if not drop:
            return
        self.cast.people = [p for p in self.cast.people if p.key not in drop]
        for mentions in self.cast.by_segment.values():
            mentions[:] = [m for m in mentions if m.person not in drop]


_CACHE: dict[tuple, Cast] = {}
CACHE_SIZE = 512  # documents' source casts kept (a batch repeats documents; a desk re-checks a few)


def find_source_people(doc: BilingualDocument) -> Cast:
    """The cast as the source shows it, cached by the source texts (re-checks reuse a copy)."""
    key = tuple((s.id, s.source.text, s.source_paragraph_index) for s in doc.segments)
    cached = _CACHE.pop(key, None)
    if cached is None:
        cached = SourceReader(doc).read()
        while len(_CACHE) >= CACHE_SIZE:
            del _CACHE[next(iter(_CACHE))]  # the least recently used first
    _CACHE[key] = cached  # (re)inserted last: most recently used
    return cached.copy()
