"""English pronouns and predicates: he/she/his/her sent where ``english_coref`` resolves them,
pronouns no one took kept as anonymous referents (absorbed by the subject named next), and "she
was a nurse" predicates.

A mixin of ``english_referents.SourceReader``.
"""
from __future__ import annotations

from .cast import WEIGHTS, Mention, Person
from .english_coref import PRONOUN_GENDER, Seen, pronoun_kind
from .english_mentions import human_noun, syntactic_role, verb_in
from .english_names import VESSEL_NOUNS, surname_prior
from .english_syntax import predicate_subject
from .wordlists import word_tables

ALIAS_VERBS = {"know", "call", "name", "dub", "nickname", "rename", "style", "bill", "credit"}




class EnglishPronounReader:
    """The pronoun half of SourceReader."""

    # -- pronouns
    def _note_vessels(self, seg, sentence) -> None:
        """The ships a sentence speaks of, "the ship" (a name with a number is noted with the names)."""
        for t in sentence:
            if t.lower_ in VESSEL_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                for c in t.children):
                self.vessels.add((self._sentence_of(t.i), seg.id, t.i))

    def _vessel_in_view(self, seg, token) -> bool:
        """A ship before the pronoun, in its sentence or the one before: "the ship", "the Queen Mary 2"."""
        here = self._sentence_of(token.i)
        return any(0 <= here - sentence <= 1 and (segment != seg.id or index < token.i)
                   for sentence, segment, index in self.vessels)

    def _pronouns(self, seg, sentence, here: list[Seen], tied: dict[int, str]) -> None:
        self._note_vessels(seg, sentence)
        for token in sentence:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token.pos_ not in ("PRON", "DET", "PROPN", "NOUN") and token.tag_ not in (
                    "PRP", "PRP$"):
                continue
            if token.lower_ in ("her", "hers") and token.pos_ == "PROPN":
                continue
            if _title_word(token):
                continue  # "the movies The Craft, Heathers, Death Becomes Her": a word of a title
            if token.lower_ in ("himself", "herself") and token.i > 0 and token.i - 1 in tied:
                key = tied[token.i - 1]  # "he himself", "Lagarde herself": emphatic, the same person
                self._evidence(seg, self.cast.person(key), token.idx, token.idx + len(token), "pronoun", gender,
                               text=_quote_around(seg.source.text, token) + " — emphatic")
                self.cast.add_mention(Mention(key, seg.id, "source", token.idx, token.idx + len(token),
                                              token.text, "pronoun"))
                tied[token.i] = key
                self.provisional.discard(key)  # "Lennox himself": a lone capitalised word is someone
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
            if link is None and gender == "f" and self._vessel_in_view(seg, token):
                continue  # "The ship left port; she will reach New York": the ship's she, no woman
            if link is None:
                key = self._anonymous(seg, token)
                strong, reason = True, "no one else in view"
            else:
                key, strong, reason = link.key, link.strong, link.reason
            person = self.cast.person(key)
            kind = "pronoun" if strong else "pronoun-weak"
            if link is not None and link.ambiguous:
                kind = "pronoun-ambiguous"
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
        loose = {e.key for e in recent if self.cast.person(e.key).anonymous or _introduced_by_pronoun(
            self.cast.person(e.key)) or self._definite_role(e.key)}
        if not loose or key in loose:
            return
        if {e.key for e in recent} - loose:  # "The queen met the prime minister. Johnson said":
            loose = {k for k in loose if not self._definite_role(k)}  # the description may be anyone
            if not loose:
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

    def _definite_role(self, key: str) -> bool:
        """"...honored the actress with its award. The next year, Moriarty appeared": a definite role
        noun with a gender of its own, said of no one named, is the person the article is about, as
        loose as an anonymous she (a kinship or plain sex noun, "the woman", is someone else)."""
        person = self.cast.person(key)
        if not person.unnamed or person.plural or not person.mentions or self.known_gender(key) not in ("f", "m"):
            return False
        _, roles = word_tables()
        for mention in person.mentions:
            words = mention.text.lower().split()
            if mention.kind != "role" or len(words) != 2 or words[0] != "the" or words[1] not in roles:
                return False
        return True

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
            subject = predicate_subject(token)
            if subject is not None and subject.i in tied and token.i not in tied:
                self._describe(seg, tied[subject.i], token)
                tied[token.i] = tied[subject.i]


def _introduced_by_pronoun(person) -> bool:
    """"A theoretical chemist, he received...": an indefinite description in apposition to a
    pronoun names no one; the person is the pronoun's, as loose as an anonymous he or she."""
    if not person.unnamed or person.plural or not person.mentions:
        return False
    first = person.mentions[0]
    return first.kind == "role" and first.text.lower().startswith(("a ", "an ")) and any(
        m.kind == "pronoun" and m.segment == first.segment for m in person.mentions[1:])


def _quote_around(text: str, token) -> str:
    """A few words from the pronoun: "she would appeal"."""
    end = text.find(" ", token.idx + len(token) + 1)
    for _ in range(2):
        if end < 0:
            break
        end = text.find(" ", end + 1)
    end = len(text) if end < 0 else end
    return text[token.idx:end].rstrip(",.;:!?\"'”")


_STYLES = {"majesty", "highness", "excellency", "grace", "ladyship", "lordship", "royal", "holiness", "honour", "honor"}


def _title_word(token) -> bool:
    """A he/she/her/his written with a capital between a capitalised word and anything but a
    lower-case word, inside a sentence in ordinary case, and not in a style ("Her Majesty"): a word
    of a title ("the movies Heathers, Death Becomes Her", "slogans like Breaking Up With Her
    Boyfriend"). "In 2007, He founded", "Career She started" and a headline in title case keep
    their pronoun."""
    doc = token.doc
    if not token.text[:1].isupper() or token.text.isupper() or token.i == 0:
        return False
    before = doc[token.i - 1]
    if not (before.is_alpha and before.text[:1].isupper()):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in _STYLES or after.is_alpha and after.text.islower()):
        return False  # "Career She started her singing career": a heading glued to the sentence
    words = [t for t in doc if t.is_alpha]  # (the segment: a parse may make the title a sentence)
    return sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)
