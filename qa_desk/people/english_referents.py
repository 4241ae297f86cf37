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
from ..nlp.tokens import fold
from .cast import SHORT, WEIGHTS, Cast, Mention, Person
from .english import parse_all
from .english_coref import FAR, PRONOUN_GENDER, Resolver, Seen, pronoun_kind
from .titles import english_gendered_word
from .english_mentions import (NameSpan, age_description, human_nouns, capitalised_runs, entity_labels, first_name_prior, human_noun,
                               is_plural, nationality_of, noun_gender, read_name, syntactic_role, verb_in, is_speech_verb)
from .wordlists import FIRST_NAME_CONFIDENCE, PARTICLES, word_tables

LONG = {"f": "female", "m": "male"}
COPULA_VERBS = {"be", "become", "remain", "serve", "work", "stay", "name", "appoint", "elect", "make"}
ALIAS_VERBS = {"know", "call", "name", "dub", "nickname", "rename", "style", "bill", "credit"}
OFFICE_NOUNS = {"post", "position", "office", "role", "title", "rank", "job", "seat", "function", "duties",
                "appointment"}
BE_FORMS = {"is", "was", "are", "were", "'s", "be", "been", "being"}


class SourceReader:
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
        starts = [s.start for s in sentence.doc.sents]
        self._first_sentence = self.sentence_number
        self._sentence_starts = starts
        here: list[Seen] = []
        taken: set[int] = set()  # tokens already part of a mention
        tied: dict[int, str] = {}  # token index -> person key (name heads, for appositions)
        for start, end in capitalised_runs(sentence):
            span = read_name(sentence, start, end, ents)
            if span is None:
                continue
            key = self._person_for(seg, sentence, span)
            if key is None:
                continue
            taken.update(range(span.start, span.end))
            for i in range(span.start, span.end):  # the titles too: "the officer in charge, Captain X"
                tied[i] = key
            here.append(Seen(key, self._sentence_of(span.head), paragraph, syntactic_role(sentence.doc[span.head]),
                             span.head, seg.id, is_name=True))
        subjects = [e for e in here if e.role == "subject"]
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
        if key is None:
            key = self._new_person(first, surname, text, surname_phrase)
            if span.provisional:
                self.provisional.add(key)
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

    # -- role and kinship nouns
    def _descriptions(self, seg, sentence, here: list[Seen], taken: set[int], tied: dict[int, str]) -> None:
        doc = sentence.doc
        later = []
        for token in sentence:  # first the nouns tied to a name, so that appositions can chain
            if token.i in taken or token.dep_ in ("compound",) and token.head.i in tied:
                if token.i not in taken and human_noun(token):
                    self._describe(seg, tied[token.head.i], token)  # "spokeswoman Jen Psaki"
                continue
            noun = human_noun(token) or age_description(token)
            if not noun or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
                continue
            if _vocative(token) or _mixed_pair(token):
                continue  # "Mr President, ...": the one addressed; "the man or woman dressed as": no one
            name_key = self._name_tied(token, tied)
            if name_key is not None:
                self._describe(seg, name_key, token)
                tied[token.i] = name_key
            else:
                later.append((token, noun))
        for token, noun in later:
            # "her father, the company's founder Chen Wei-ming", "the patient, an 82-year-old grandmother"
            key = self._name_tied(token, tied)
            if key is not None:
                self._describe(seg, key, token)
                tied[token.i] = key
                continue
            if self._predicate_subject(token) is not None:
                continue  # "she was a nurse": tied once the pronoun is resolved
            if token.dep_ == "compound" or token.head.dep_ == "compound":
                continue
            key, reason = self._description_referent(seg, token, noun, here)
            start, end = _phrase(token)
            text = seg.source.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
            self.cast.add_mention(Mention(key, seg.id, "source", doc[start].idx,
                                          doc[end - 1].idx + len(doc[end - 1]), text, "role"))
            gender = noun_gender(token)
            if gender:
                self._evidence(seg, self.cast.person(key), token.idx, token.idx + len(token), "noun", gender)
            here.append(Seen(key, self._sentence_of(token.i), seg.source_paragraph_index, syntactic_role(token),
                             token.i, seg.id, plural=is_plural(token), named=True))
            tied[token.i] = key

    def _name_tied(self, token, tied: dict[int, str]) -> str | None:
        """The person a human noun describes: "Jan Novak, the inspector", "the inspector, Jan Novak",
        "X, a nurse", "spokeswoman X"."""
        if token.dep_ == "appos" and token.head.i in tied:
            return tied[token.head.i]
        for child in token.children:
            if child.dep_ in ("appos", "flat", "compound", "nmod:desc") and child.i in tied:
                return tied[child.i]
        if token.dep_ in ("nmod:desc", "compound", "flat") and token.head.i in tied:
            return tied[token.head.i]
        subject = self._predicate_subject(token)
        if subject is not None and subject.i in tied:
            return tied[subject.i]
        # "Jan Novak, the inspector, ..." parsed loosely: the name just before ", the"
        doc = token.doc
        left = token.left_edge.i
        # "Spinant, a former journalist, joined": name, comma, a description closed by a comma
        closing = next((j for j in range(token.i + 1, min(len(doc), token.i + 6))
                        if doc[j].text in (",", ".", ";", ")") or doc[j].pos_ in ("VERB", "AUX")), len(doc))
        closed = closing >= len(doc) or doc[closing].pos_ not in ("VERB", "AUX")  # "..., a nurse from Leeds,"
        if left >= 2 and doc[left - 1].text == "," and doc[left - 2].i in tied and closed \
                and not is_plural(token):
            return tied[doc[left - 2].i]
        right = token.i + 1
        if right < len(doc) and right in tied and not is_plural(token):
            return tied[right]  # "spokesman Ned Price", "the inspector Jan Novak"
        # "the head of the agency, Zdravka Petrova", "her father, the company's founder Chen Wei-ming":
        # the name after the noun's complement and a comma, with a description between at most
        comma = next((j for j in range(token.i + 1, min(len(doc), token.i + 12)) if doc[j].text == ","), None)
        if comma is None or is_plural(token) or any(doc[j].pos_ in ("VERB", "AUX") for j in range(token.i, comma)):
            return None
        j = comma + 1
        while j < min(len(doc), comma + 6) and j not in tied and doc[j].pos_ in ("DET", "PART", "ADJ", "NOUN", "NUM"):
            j += 1
        if j < len(doc) and j in tied:
            key = tied[j]
            end = j
            while end < len(doc) and tied.get(end) == key:
                end += 1
            if end >= len(doc) or doc[end].text in (",", ".", ";", ")") or doc[end].is_sent_end:
                return key  # "the inspector, Jan Novak, questioned", "questioned the pilot, Ruth Adler."
        return None

    @staticmethod
    def _predicate_subject(token):
        """The subject of "X is a nurse" / "X became a teacher" for the predicate noun."""
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is None and token.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "cop" for c in token.children):
            # "Kibaki turned out to be an exemplary student", "she seemed to be a good teacher"
            head_subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if head_subject is not None:
                return head_subject
        if subject is None and token.dep_ == "conj" and any(c.dep_ == "cop" for c in token.children):
            # "Avakian was a leading member ..., and was their candidate": the first conjunct's subject
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None:
                return subject
        if subject is not None and (any(c.dep_ == "cop" for c in token.children) or any(
                t.lower_ in BE_FORMS for t in token.doc[subject.i + 1:token.i])):
            return subject  # "X is the author" (the copula may hang from X in a loose parse)
        if subject is None:  # "she was appointed chair" parsed with "appointed" hanging from "chair"
            subject = _subject_of_modifier_verb(token, COPULA_VERBS)
            if subject is not None:
                return subject
        if token.dep_ == "nmod" and token.head.lower_ in OFFICE_NOUNS \
                and any(c.lower_ == "of" for c in token.children):
            return _controller(token.head)  # "he took up the post of chairman": the office is his
        if token.dep_ == "obj" and token.pos_ == "NOUN":  # "he was ordained a priest", "she was crowned queen"
            passive = next((c for c in token.head.children if c.dep_ == "nsubj:pass"), None)
            if passive is not None:
                return passive
        if token.dep_ == "xcomp" and verb_in(token.head, COPULA_VERBS) \
                or token.dep_ == "obj" and verb_in(token.head, {"become", "remain"}):
            return _controller(token.head)  # "X accepted an offer to become a professor"
        if token.dep_ in ("obl", "advcl", "xcomp", "nmod") and any(c.lower_ == "as" and c.dep_ in ("case", "mark")
                                                                   for c in token.children):
            # "joined the party as a student", "worked as a nurse", "achieved renown as a teacher"
            return _controller(token.head)
        return None

    def _describe(self, seg, key: str, token) -> None:
        person = self.cast.person(key)
        _, roles = word_tables()
        if token.lower_ in roles:
            person.roles.add(token.lower_)
        gender = noun_gender(token)
        if gender:
            self._evidence(seg, person, token.idx, token.idx + len(token), "noun", gender)
        for child in token.children:
            nationality = nationality_of(child)
            if nationality:
                person.nationality.add(nationality)
        if key in self.provisional:
            self.provisional.discard(key)  # "Evergood was a capable artist": a person after all

    def _description_referent(self, seg, token, noun: str, here: list[Seen]) -> tuple[str, str]:
        """A definite description goes back to the person introduced with that role or nationality;
        otherwise (and always for "a nurse", "the nuns") the noun phrase is a referent of its own."""
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
        if definite and not is_plural(token):
            adjectives = {nationality_of(c) for c in token.children if c.dep_ in ("amod", "compound")} - {""}
            for entry in [e for e in reversed(here) if e.token < token.i] + list(reversed(self.seen[-60:])):
                if self._sentence_of(token.i) - entry.sentence > 6 or not entry.named:
                    continue
                person = self.cast.person(entry.key)
                if person.anonymous:
                    continue
                if noun in person.roles or nationality_of(token) in person.nationality - {""} \
                        or adjectives & person.nationality:
                    return entry.key, f"'the {noun}' introduced earlier"
            in_view = self._people_in_view(token, [])  # a second noun phrase in one sentence is someone else
            if self._subject_like(token) and len(in_view) == 1:
                key = next(iter(in_view))
                if not self.cast.person(key).anonymous:
                    return key, "the only person in view"
            _, roles = word_tables()
            if self._subject_like(token) and noun not in roles:
                # "the teenager", "the 27-year-old", "the Kenyan": a description that names no office
                # is the subject of the sentences just before (of a gender that fits it)
                key = self._recent_subject(token, [], noun_gender(token))
                if key is not None:
                    return key, "the subject of the sentence before"
        key = f"{token.lower_}@{seg.id}:{token.idx}"
        determiner = next((c.text for c in token.children if c.dep_ in ("det", "nmod:poss")), "")
        label = f"{determiner} {token.text}".strip()
        person = Person(key=key, name=label, roles={noun}, unnamed=True, plural=is_plural(token))
        self.cast.people.append(person)
        if definite and not person.plural and self._subject_like(token) and not noun_gender(token):
            self._context_gender(seg, token, person, here)
        return key, "a person named by a role"

    @staticmethod
    def _subject_like(token) -> bool:
        """The subject of its clause, or the speaker after a quotation ('..., the 27-year-old said')."""
        doc = token.doc
        return syntactic_role(token) == "subject" \
            or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("said", "says", "told", "added", "explained"))

    def _recent_subject(self, token, here: list[Seen], gender: str) -> str | None:
        number = self._sentence_of(token.i)
        entries = [e for e in reversed(here) if e.token < token.i] + list(reversed(self.seen[-40:]))
        for entry in entries:
            if number - entry.sentence > 2:
                break
            person = self.cast.person(entry.key)
            so_far = self._gender_so_far(entry.key)
            # "the man, wearing a helmet," may be someone new: a gendered noun needs that gender known
            fits = so_far == gender if gender else True
            if entry.role == "subject" and entry.named and not person.anonymous and not entry.plural and fits:
                return entry.key
        return None

    def _people_in_view(self, token, here: list[Seen]) -> set[str]:
        """Singular people mentioned earlier in this sentence or in the two before it."""
        number = self._sentence_of(token.i)
        keys = {e.key for e in here if e.token < token.i and not e.plural}
        keys |= {e.key for e in self.seen if number - e.sentence <= 2 and not e.plural}
        return {k for k in keys if not self.cast.person(k).unnamed}

    def _context_gender(self, seg, token, person: Person, here: list[Seen]) -> None:
        """"He wriggles free. The librarian is then run over": a definite description that is no one
        introduced earlier, when everyone in view has one gender, has it too (weak evidence)."""
        if any(english_gendered_word(t.text) or t.lower_ in PRONOUN_GENDER for t in token.sent):
            return  # the sentence says something itself ("The minister is reputed to be a sportsman")
        number = self._sentence_of(token.i)
        in_view = {e.key for e in self.seen if 0 < number - e.sentence <= 2 and not e.plural}
        in_view = {k for k in in_view if not self.cast.person(k).unnamed and k not in self.provisional}
        genders = {self._gender_so_far(k) for k in in_view}
        if len(genders) == 1 and "" not in genders:
            gender = genders.pop()
            self._evidence(seg, person, token.idx, token.idx + len(token), "context", gender,
                           text=f"{token.text} — everyone in view is a {'woman' if gender == 'f' else 'man'}")

    def _gender_so_far(self, key: str) -> str:
        totals = self.cast.person(key).score({"title", "noun", "pronoun", "pronoun-weak", "user"})
        if totals["female"] == totals["male"]:
            return ""
        return "f" if totals["female"] > totals["male"] else "m"

    # -- pronouns
    def _pronouns(self, seg, sentence, here: list[Seen], tied: dict[int, str]) -> None:
        for token in sentence:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token.pos_ not in ("PRON", "DET", "PROPN", "NOUN") and token.tag_ not in (
                    "PRP", "PRP$"):
                continue
            if token.lower_ in ("her", "hers") and token.pos_ == "PROPN":
                continue
            if token.lower_ in ("himself", "herself") and token.i > 0 and token.i - 1 in tied:
                key = tied[token.i - 1]  # "he himself", "Lagarde herself": emphatic, the same person
                self._evidence(seg, self.cast.person(key), token.idx, token.idx + len(token), "pronoun", gender,
                               text=_quote_around(seg.source.text, token) + " — emphatic")
                self.cast.add_mention(Mention(key, seg.id, "source", token.idx, token.idx + len(token),
                                              token.text, "pronoun"))
                tied[token.i] = key
                continue
            scored = self.resolver.candidates(token, self._sentence_of(token.i), seg.source_paragraph_index,
                                              self.seen, here, tied)
            link = self.resolver.choose(scored)
            conflicting = self.resolver.conflicting() if link is None else None
            if conflicting is not None:
                self._evidence(seg, self.cast.person(conflicting), token.idx, token.idx + len(token),
                               "pronoun-weak", gender, text=_quote_around(seg.source.text, token)
                               + " — the only person in view, whom a title or noun gives the other gender")
                continue  # evidence of the conflict only: the French is not tied to a pronoun the name denies
            if link is None:
                key = self._anonymous(seg, token)
                strong, reason = True, "no one else in view"
            else:
                key, strong, reason = link.key, link.strong, link.reason
            person = self.cast.person(key)
            kind = "pronoun" if strong else "pronoun-weak"
            if link is not None and link.ambiguous:
                kind, reason = "pronoun-ambiguous", reason + " (but the pronouns before point at someone else)"
            self._evidence(seg, person, token.idx, token.idx + len(token), kind, gender,
                           text=_quote_around(seg.source.text, token) + (f" — {reason}" if reason else ""))
            if strong:
                self.pronoun_links.setdefault(key, []).append(gender)
            if key in self.provisional:
                self.provisional.discard(key)
            self.cast.add_mention(Mention(key, seg.id, "source", token.idx, token.idx + len(token), token.text,
                                          "pronoun"))
            role = "possessor" if pronoun_kind(token) == "possessive" and token.dep_ == "nmod:poss" else (
                "subject" if token.lower_ in ("he", "she") else syntactic_role(token))
            here.append(Seen(key, self._sentence_of(token.i), seg.source_paragraph_index, role, token.i, seg.id,
                             named=False, gender=gender))
            tied[token.i] = key

    def _absorb_anonymous(self, key: str, sentence: int, paragraph: int) -> None:
        """"He then went to Sydney... Evergood was a capable artist": pronouns no one took, in the
        two sentences before a name that is the subject of its sentence, are that person's, when
        they all have one gender and it fits."""
        recent = [e for e in self.seen if sentence - e.sentence <= 2 and paragraph - e.paragraph <= 1]
        loose = {e.key for e in recent if self.cast.person(e.key).anonymous}
        if not loose or key in loose:
            return
        genders = {self.known_gender(k) or next(iter(self.pronoun_links.get(k, [""])), "") for k in loose}
        if len(genders) != 1 or self.known_gender(key) not in ("", *genders):
            return
        prior, confidence = self.prior_of(key)
        if prior in ("f", "m") and prior not in genders and confidence >= 0.9 \
                and (self.cast.person(key).first_name or surname_prior(self.cast.person(key).surname)[0] == prior):
            return  # "he is not happy. Vicenová expects": not her (a lone surname's first-name prior is no proof)
        person = self.cast.person(key)
        for other in [self.cast.person(k) for k in loose]:
            for evidence, weight in zip(other.evidence, other.weights):
                evidence.kind = "pronoun-weak" if evidence.kind == "pronoun" else evidence.kind
                evidence.text += " — the subject named next"
                person.add_evidence(evidence, WEIGHTS.get(evidence.kind, weight))
            for mention in other.mentions:
                mention.person = key
                person.mentions.append(mention)
            self.pronoun_links.setdefault(key, []).extend(self.pronoun_links.pop(other.key, []))
        for entry in self.seen:
            if entry.key in loose:
                entry.key = key
        self.cast.people = [p for p in self.cast.people if p.key not in loose]
        self.provisional.discard(key)

    def _anonymous(self, seg, token) -> str:
        key = f"{token.lower_}@{seg.id}:{token.idx}"
        self.cast.people.append(Person(key=key, name=f"The person '{token.lower_}' refers to", anonymous=True))
        return key

    def _predicates(self, seg, sentence, tied: dict[int, str]) -> None:
        """"She was a nurse", "he became a teacher": the predicate noun describes the pronoun's referent;
        "he has been known as Mwai Kibaki": the name is that pronoun's person too."""
        for token in sentence:
            if token.i in tied and token.dep_ in ("obl", "xcomp") and any(c.lower_ == "as" for c in token.children) \
                    and verb_in(token.head, ALIAS_VERBS):
                subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                gender = PRONOUN_GENDER.get(subject.lower_, "") if subject is not None else ""
                if gender and tied[token.i] != tied.get(subject.i):
                    self._evidence(seg, self.cast.person(tied[token.i]), subject.idx, subject.idx + len(subject),
                                   "pronoun-weak", gender,
                                   text=f"{subject.text} ... {token.head.text} as {token.text} — the same person")
        for token in sentence:
            if token.pos_ != "NOUN" or not human_noun(token):
                continue
            subject = self._predicate_subject(token)
            if subject is not None and subject.i in tied and token.i not in tied:
                self._describe(seg, tied[subject.i], token)
                tied[token.i] = tied[subject.i]

    def _drop_unconfirmed(self) -> None:
        """Lone capitalised words no pronoun, title or role confirmed are no one (Moscow, Reuters)."""
        drop = {key for key in self.provisional}
        if not drop:
            return
        self.cast.people = [p for p in self.cast.people if p.key not in drop]
        for mentions in self.cast.by_segment.values():
            mentions[:] = [m for m in mentions if m.person not in drop]


_WORD = re.compile(r"[A-Za-z][a-z'-]+")


def may_mention_people(text: str) -> bool:
    """Whether a source segment can speak of anyone: a gendered pronoun, a capitalised word inside
    the sentence, or a human noun. Segments without any are not parsed ("Prices rose 3% in May.")."""
    if re.search(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", text, re.I):
        return True
    if re.search(r"[^.!?\s\"“‘(]\s+[A-Z]", text):
        return True
    first = re.match(r"\W*([A-Z][\w'’-]+)", text)
    if first:  # "Hartmann later wrote a history": a name may open the sentence
        from ..nlp.english_common import is_common_english
        if not is_common_english(first.group(1).lower()):
            return True
    nouns = human_nouns()
    for word in _WORD.findall(text):
        lower = word.lower()
        if lower in nouns or lower.rstrip("s") in nouns or lower.endswith("men") or english_gendered_word(word):
            return True
    return False


def _subject_of_modifier_verb(token, lemmas=None):
    """The subject of a verb a loose parse hangs before ``token`` as its modifier ("she was
    appointed chair", "Marmontel achieved renown"), when the verb is one of ``lemmas`` (any verb if None)."""
    verb = next((c for c in token.children if c.dep_ in ("amod", "acl") and c.i < token.i
                 and (verb_in(c, lemmas) if lemmas else c.pos_ == "VERB")), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None) if verb is not None else None


def _controller(token):
    """The subject of the nearest clause up from ``token`` that has one: "After training to become a
    carpenter, Odeman studied" -> Odeman."""
    t = token
    for _ in range(5):
        # "Marmontel achieved renown as a teacher" parsed with "achieved" under "renown"
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None) \
            or _subject_of_modifier_verb(t)
        if subject is not None or t.head.i == t.i:
            return subject
        t = t.head
    return None


def _vocative(token) -> bool:
    """"Mr President, ...", "Madam Commissioner, ...": the person addressed, at the sentence's start."""
    doc = token.doc
    start = token.sent.start if doc.has_annotation("SENT_START") else 0
    if token.i - start > 3 or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    before = [t.lower_.rstrip(".") for t in doc[start:token.i]]
    return all(w in ("mr", "mrs", "ms", "madam", "madame", "sir", "dear", "ladies", "and", "gentlemen")
               for w in before) and (bool(before) or token.i == start and token.text[:1].isupper())


def _mixed_pair(token) -> bool:
    """"the man or woman", "mothers and fathers": nouns of both sexes joined together."""
    gender = noun_gender(token)
    if not gender:
        return False
    relatives = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    return any(noun_gender(r) and noun_gender(r) != gender for r in relatives)


def _phrase(token) -> tuple[int, int]:
    """Token range of a description's determiner, modifiers and noun ("the Peruvian-born architect")."""
    start = token.i
    if age_description(token):  # "the 27-year-old"
        start -= 3
        while start > 0 and (token.doc[start].like_num or token.doc[start].text == "-"):
            start -= 1
        return start, token.i + 1
    for child in token.lefts:
        if child.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod", "advmod") and child.i < start:
            start = min(start, child.left_edge.i)
    return start, token.i + 1


_FEMALE_SURNAME_ENDINGS = ("ová", "ova", "eva", "ská", "cká", "ska", "cka", "aitė", "ytė", "ienė", "dóttir", "ovna")
_MALE_SURNAME_ENDINGS = ("ov", "ev", "ski", "cki", "ský", "cký", "vich")


def surname_prior(surname: str) -> tuple[str, float]:
    """('f'|'m'|'u', confidence) from the ending of a Slavic, Baltic or Nordic surname."""
    lower = surname.lower()
    if len(lower) < 5:
        return "u", 0.0
    if lower.endswith(("ová", "ská", "cká", "aitė", "ytė", "ienė", "dóttir")):
        return "f", 0.99  # Czech, Slovak, Lithuanian, Icelandic: a woman's surname by grammar
    if lower.endswith(_FEMALE_SURNAME_ENDINGS):
        return "f", 0.95
    if lower.endswith(_MALE_SURNAME_ENDINGS) and len(lower) >= 6:
        return "m", 0.9
    return "u", 0.0


def name_words(doc, start: int, end: int) -> list[str]:
    """The words of a name, hyphenated parts joined ("Jean-Pierre", "al-Ani")."""
    words: list[str] = []
    i = start
    while i < end:
        if doc[i].text == "-" and words and i + 1 < end:
            words[-1] += "-" + doc[i + 1].text
            i += 2
            continue
        words.append(doc[i].text)
        i += 1
    return words


# Particles that only ever open a surname (al, el, ben, abu can be given names: Al Gore, Ben Wallace).
SURNAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "da", "di", "del", "della", "ter",
                     "dos", "das", "do", "zu", "y"}


def split_name(words: list[str]) -> tuple[str, str]:
    """(first name, surname): "Ursula von der Leyen" -> ("Ursula", "von der Leyen"), "Bruno Le Maire"
    -> ("Bruno", "Le Maire"), "Von der Leyen" -> ("", "Von der Leyen"); one word is a surname
    ("Sherman"); middle names are skipped ("Tedros Adhanom Ghebreyesus" -> "Ghebreyesus")."""
    if words and words[0].lower() in SURNAME_PARTICLES and len(words) > 1:
        return "", " ".join(words)
    if len(words) == 2 and "-" in words[1] and words[1].split("-", 1)[1][:1].islower():
        return words[1], words[0]  # "Chen Wei-ming", "Choi Dong-hyun": the surname comes first
    core = [w for w in words if not (w.islower() and w.lower() in PARTICLES)]
    if len(core) < 2:
        return "", " ".join(words)
    rest = words[1:]
    particle = next((n for n, w in enumerate(rest[:-1]) if w.lower() in SURNAME_PARTICLES
                     or (w.islower() and w.lower() in PARTICLES)), None)
    if particle is not None:
        return words[0], " ".join(rest[particle:])
    return words[0], rest[-1]


def _quote_around(text: str, token) -> str:
    """A few words from the pronoun: "she would appeal"."""
    end = text.find(" ", token.idx + len(token) + 1)
    for _ in range(2):
        if end < 0:
            break
        end = text.find(" ", end + 1)
    end = len(text) if end < 0 else end
    return text[token.idx:end].rstrip(",.;:!?\"'”")


_CACHE: dict[tuple, Cast] = {}


def find_source_people(doc: BilingualDocument) -> Cast:
    """The cast as the source shows it, cached by the source texts (re-checks reuse a copy)."""
    key = tuple((s.id, s.source.text, s.source_paragraph_index) for s in doc.segments)
    cached = _CACHE.get(key)
    if cached is None:
        cached = SourceReader(doc).read()
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = cached
    return cached.copy()
