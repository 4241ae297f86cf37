"""Who the English pronouns and role nouns refer to: the second pass over the source.

A mixin of :class:`qa_desk.people.english_reader.SourceReader` (which finds the people first).
A pronoun goes to the one person in view whose gender, known from evidence that is not a
pronoun, fits it; "the minister" to the person in view introduced as one. Pronouns before
any name wait for the subject named next; a he or she that no name takes is a person of
its own for its sentence.
"""
from __future__ import annotations

from ..model import Evidence
from .cast import FEMALE, MALE, SHORT, UNKNOWN, WEIGHTS, Mention, Person
from .titles import english_gendered_word
from ..nlp.tokens import Token
from .wordlists import FOLLOW_VERBS, PRONOUNS, SUBJECT_VERBS, WINDOW_PARAGRAPHS, WINDOW_SENTENCES, word_tables


def gendered_noun(word: str) -> str:
    """'male'/'female' for an English word that states a sex (spokeswoman, Duchess), else ""."""
    gender = english_gendered_word(word)
    return SHORT.get(gender, "") if gender else ""


class PronounResolver:
    """The resolving half of SourceReader (it provides doc, cast, tokens, surnames...)."""

    def resolve(self) -> None:
        nationalities, roles = word_tables()
        recent: list[tuple[int, int, str]] = []  # (paragraph, sentence number, person key), most recent last
        pending: list[tuple] = []  # pronouns seen before anyone was named (seg, token, gender)
        for self._sentence, seg in enumerate(self.doc.segments):
            tokens = self.tokens[seg.id]
            for i, token in enumerate(tokens):
                lower = token.lower
                key = self._namesake(lower, tokens, i, recent)
                if key is None and lower in self.provisional and token.text[:1].isupper():
                    key = self._provisional_person(lower)
                if key and token.text[:1].isupper():
                    self.cast.add_mention(Mention(key, seg.id, "source", token.start, token.end, token.text,
                                                  "surname"))
                    self._remember(seg, key, recent)
                    self._attach_pending(seg, key, pending, self._is_subject(tokens, i))
                    continue
                if lower in PRONOUNS:
                    if not self._in_view(seg, recent):
                        pending.append((seg, token, PRONOUNS[lower], None))
                    conflicting = self._resolve_pronoun(seg, token, PRONOUNS[lower], recent)
                    if conflicting:  # a name still to come may be the one it means
                        pending.append((seg, token, PRONOUNS[lower], conflicting))
                    continue
                if lower == "the" and i + 1 < len(tokens):
                    noun = tokens[i + 1].lower
                    follows = tokens[i + 2].text if i + 2 < len(tokens) else "."
                    if (noun in nationalities or noun in roles) and \
                            (follows.lower() in FOLLOW_VERBS or follows in ",.;:") :
                        self._resolve_role(seg, tokens, i, noun, recent)

    def _remember(self, seg, key: str, recent: list) -> None:
        recent.append((seg.source_paragraph_index, self._sentence, key))
        self.last_mention[key] = len(recent)

    def _provisional_person(self, lower: str) -> str:
        word = self.provisional[lower]
        if lower not in self.surnames:
            full = self.provisional_names.get(lower, word)
            self.cast.people.append(Person(key=word, name=full, surname=word,
                                           first_name=full.split()[0] if full != word else ""))
            self.surnames[lower] = word
            self.provisional_keys.add(word)
        return self.surnames[lower]

    @staticmethod
    def _is_subject(tokens: list[Token], i: int) -> bool:
        """The name ending at ``i`` is followed by its verb: "Evergood was", "Merkel said"."""
        following = tokens[i + 1].text if i + 1 < len(tokens) else ""
        return following.islower() and following != "who" and (
            following in FOLLOW_VERBS or following in SUBJECT_VERBS or following.endswith("ed"))

    def _attach_pending(self, seg, key: str, pending: list, subject: bool) -> None:
        """"He then went to Sydney... Evergood was": pronouns before the first name go to it,
        weakly, when they all have one gender and sit in this paragraph or the one before.
        A pronoun earlier in the same sentence goes to the name only if the name is the subject
        ("When she arrived, Merkel said"; not "Her ministry prays for President Trump")."""
        if not subject and any(entry[0] is seg for entry in pending):
            return
        near = [entry for entry in pending if entry[0].source_paragraph_index >= seg.source_paragraph_index - 1]
        pending.clear()
        if near and len({entry[2] for entry in near}) == 1:
            for pronoun_seg, token, gender, conflicting in near:
                if conflicting == key:
                    continue  # already this person's
                if conflicting:
                    self.cast.person(conflicting).remove_evidence(pronoun_seg.id, token.start)
                self._pronoun_evidence(pronoun_seg, token, key, gender, "pronoun-weak")

    def add_unnamed(self) -> None:
        """"In 1914 she went to Paris", "Her debut came in 1985", with nobody named: the sentence's
        he or she (his, her, himself...) is still a person whose gender the translation must keep,
        so it becomes an anonymous one, for that sentence only (a sentence with pronouns of both
        genders, or with one tied to a name, gets none)."""
        for seg in self.doc.segments:
            personal = [t for t in self.tokens[seg.id] if t.lower in PRONOUNS]
            loose = [t for t in personal if (seg.id, t.start) not in self.tied]
            if not loose or len(loose) != len(personal) or len({PRONOUNS[t.lower] for t in loose}) != 1:
                continue
            word = loose[0].lower
            person = Person(key=f"{word}@{seg.id}", name=f"The person '{word}' refers to",
                            anonymous=True)
            self.cast.people.append(person)
            for token in loose:
                self._pronoun_evidence(seg, token, person.key, PRONOUNS[token.lower], "pronoun")
                self.cast.add_mention(Mention(person.key, seg.id, "source", token.start, token.end, token.text,
                                              "pronoun"))

    def drop_unconfirmed(self) -> None:
        """Provisional people that no pronoun confirmed are not people (Moscow, Reuters...)."""
        keep = []
        for person in self.cast.people:
            if person.key in self.provisional_keys and not any(e.kind.startswith("pronoun")
                                                              for e in person.evidence):
                for mentions in self.cast.by_segment.values():
                    mentions[:] = [m for m in mentions if m.person != person.key]
                continue
            keep.append(person)
        self.cast.people = keep

    def _in_view(self, seg, recent) -> list[str]:
        """People mentioned in this paragraph and the ones before, most recent first, no repeats.
        The view also ends WINDOW_SENTENCES back, so a file without paragraph breaks stays linear."""
        seen, out = set(), []
        first_paragraph = seg.source_paragraph_index - WINDOW_PARAGRAPHS
        first_sentence = self._sentence - WINDOW_SENTENCES
        for paragraph, sentence, key in reversed(recent):
            if paragraph < first_paragraph or sentence < first_sentence:
                break
            if key not in seen:
                seen.add(key)
                out.append(key)
        return out

    def _resolve_pronoun(self, seg, token: Token, gender: str, recent) -> str | None:
        """Give the pronoun to the person it means; returns the key of a person of the other
        gender given it as conflicting evidence (the only one in view), else None."""
        candidates = self._in_view(seg, recent)
        if not candidates:
            return None
        compatible = []
        for key in candidates:
            known = self._known_gender(key)
            if known in (gender, UNKNOWN):
                compatible.append((key, known))
        if not compatible:
            if len(candidates) == 1:
                # the only person in view has the other gender: keep it as conflicting evidence
                # (taken back if a name that follows turns out to be the one it means)
                self._pronoun_evidence(seg, token, candidates[0], gender, "pronoun-weak")
                return candidates[0]
            return None
        if len(compatible) == 1:
            key, kind = compatible[0][0], "pronoun"
        else:
            matching = [key for key, known in compatible if known == gender]
            if not matching:
                return  # several people of unknown gender in view: no evidence
            key, kind = matching[0], "pronoun-weak"
        self._pronoun_evidence(seg, token, key, gender, kind)
        self.cast.add_mention(Mention(key, seg.id, "source", token.start, token.end, token.text, "pronoun"))
        return None

    def _pronoun_evidence(self, seg, token: Token, key: str, gender: str, kind: str) -> None:
        self.tied.add((seg.id, token.start))
        self.cast.person(key).add_evidence(
            Evidence(self._quote_around(seg, token), "source", seg.id, token.start, token.end,
                     seg.source_paragraph_index, kind, gender), WEIGHTS[kind])

    def _known_gender(self, key: str) -> str:
        """Gender from evidence that is not a pronoun (titles, nouns, first names)."""
        person = self.cast.person(key)
        totals = person.score({"title", "noun", "first-name", "user"})
        if totals[FEMALE] > totals[MALE]:
            return FEMALE
        if totals[MALE] > totals[FEMALE]:
            return MALE
        return UNKNOWN

    def _resolve_role(self, seg, tokens: list[Token], i: int, noun: str, recent) -> None:
        candidates = self._in_view(seg, recent)
        chosen = [k for k in candidates
                  if noun in self.cast.person(k).nationality or noun in self.cast.person(k).roles]
        if len(chosen) < 1:  # "the governor" must name someone introduced as a governor
            return
        key = chosen[0]
        start, end = tokens[i].start, tokens[i + 1].end
        self.cast.add_mention(Mention(key, seg.id, "source", start, end, seg.source.text[start:end], "role"))
        gender = gendered_noun(noun)
        if gender:
            self.cast.person(key).add_evidence(self._evidence(seg, tokens, i, i + 1, "noun", gender),
                                               WEIGHTS["noun"])
        self._remember(seg, key, recent)

    @staticmethod
    def _quote_around(seg, token: Token) -> str:
        """A few words around a pronoun: "he said", "she did not know"."""
        text = seg.source.text
        end = text.find(" ", token.end + 1)
        end = len(text) if end < 0 else end
        snippet = text[token.start:end].rstrip(",.;:!?\"'”")
        return snippet
