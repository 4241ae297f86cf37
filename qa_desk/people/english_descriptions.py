"""Role and kinship nouns of the English source: "the inspector", "a granddaughter", "the
Peruvian-born architect" — tied to a name by the parse (apposition, compound, predicate), or a
referent of their own, or a definite description of someone named before.

A mixin of ``english_referents.SourceReader`` (it uses the reader's cast, evidence and resolver).
"""
from __future__ import annotations

from itertools import chain

from .cast import Mention, Person
from .english_coref import PRONOUN_GENDER, Seen
from .english_mentions import (WORK_NOUNS, age_description, human_noun, human_nouns, is_plural, is_speech_verb,
                               nationality_of, noun_gender, syntactic_role)
from .english_syntax import mixed_pair, noun_phrase_span, predicate_subject, vocative
from .titles import english_gendered_word
from .wordlists import word_tables

KIN_NOUNS = {"daughter", "son", "child", "sister", "brother", "mother", "father", "niece", "nephew", "granddaughter",
             "grandson", "grandmother", "grandfather", "aunt", "uncle", "stepdaughter", "stepson", "widow", "widower"}


# Roles someone has in the story rather than an office: "A woman was arrested. The suspect..."
EVENT_ROLES = {"suspect", "victim", "driver", "passenger", "winner", "defendant", "accused", "attacker",
               "assailant", "gunman", "patient", "survivor", "hostage", "detainee", "prisoner", "fugitive",
               "pedestrian", "motorist", "cyclist", "runner", "climber", "swimmer", "claimant", "plaintiff"}


class DescriptionReader:
    """The description half of SourceReader."""

    # -- role and kinship nouns
    def _descriptions(self, seg, sentence, here: list[Seen], taken: set[int], tied: dict[int, str]) -> None:
        doc = sentence.doc
        later = []
        names = frozenset(tied)  # the names' own tokens, before any description joins them
        for token in sentence:  # first the nouns tied to a name, so that appositions can chain
            if token.i in taken or token.dep_ in ("compound",) and token.head.i in tied:
                if token.i not in taken and human_noun(token):
                    self._describe(seg, tied[token.head.i], token)  # "spokeswoman Jen Psaki"
                continue
            noun = human_noun(token) or age_description(token)
            if not noun or token.pos_ not in ("NOUN", "ADJ", "PROPN"):
                continue
            if token.dep_ == "nmod:poss" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
                continue  # "a pilot's license", "a doctor's note": a kind of thing, no one in particular
            if any(c.dep_ == "case" and c.lower_ in ("like", "unlike", "than") for c in token.children):
                continue  # "treated like a dictator": a comparison, no one in the story
            if _inside_a_name(token, sentence.start, tied):
                continue  # "Sydney Girls High School", "the Mothers Union Hall": a word of a longer name
            if token.lower_ == "youth" and any(c.dep_ == "nmod:poss" and c.tag_ == "PRP$" for c in token.children):
                continue  # "the films of his youth": a time of life, no young person
            if _work_title(token, sentence.start):
                continue  # "Lee's novel, Somebody's Daughter (2005),": the title of a work, no one
            if _possessive_in_title(token, sentence.start):
                continue  # "Woman's Hour", "Ladies' Home Journal": a programme or a paper, no one
            if vocative(token) or mixed_pair(token):
                continue  # "Mr President, ...": the one addressed; "the man or woman dressed as": no one
            name_key = self._name_tied(token, tied, names)
            if name_key is not None:
                self._describe(seg, name_key, token)
                tied[token.i] = name_key
            else:
                later.append((token, noun))
        for token, noun in later:
            # "her father, the company's founder Chen Wei-ming", "the patient, an 82-year-old grandmother"
            key = self._name_tied(token, tied, names)
            if key is not None:
                self._describe(seg, key, token)
                tied[token.i] = key
                continue
            if predicate_subject(token) is not None:
                continue  # "she was a nurse": tied once the pronoun is resolved
            if any(c.dep_ == "mark" and c.lower_ in ("while", "when", "though", "although", "once", "whilst")
                   for c in token.children) and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in token.children):
                continue  # "While still a student, X commissioned...": what X was then, no one else
            if token.dep_ == "compound" or token.head.dep_ == "compound":
                continue
            key, reason = self._description_referent(seg, token, noun, here)
            start, end = noun_phrase_span(token)
            text = seg.source.text[doc[start].idx:doc[end - 1].idx + len(doc[end - 1])]
            self.cast.add_mention(Mention(key, seg.id, "source", doc[start].idx,
                                          doc[end - 1].idx + len(doc[end - 1]), text, "role"))
            gender = noun_gender(token)
            if gender:
                self._evidence(seg, self.cast.person(key), token.idx, token.idx + len(token), "noun", gender)
            here.append(Seen(key, self._sentence_of(token.i), seg.source_paragraph_index, syntactic_role(token),
                             token.i, seg.id, plural=is_plural(token), named=True))
            tied[token.i] = key

    def _name_tied(self, token, tied: dict[int, str], names: frozenset[int]) -> str | None:
        """The person a human noun describes: "Jan Novak, the inspector", "the inspector, Jan Novak",
        "X, a nurse", "spokeswoman X"; never the noun's possessor ("Mr Litvinenko's widow, Marina",
        even where the parse hangs the possessor's title on the noun)."""
        possessors = {tied[c.i] for c in token.children if c.dep_ == "nmod:poss" and c.i in tied}
        key = self._name_tied_to(token, tied, possessors, names)
        return None if key in possessors else key

    def _name_tied_to(self, token, tied: dict[int, str], possessors: set[str], names: frozenset[int]) -> str | None:
        if token.dep_ == "appos" and token.head.i in tied:
            return tied[token.head.i]
        for child in token.children:
            if child.i in tied and tied[child.i] in possessors:
                continue
            if child.dep_ == "appos" and any(c.dep_ == "nmod" and token.i < c.i < child.i and human_noun(c)
                                             for c in token.children):
                continue  # "the sister of another peer, Mark Carter": the name is the peer's
            if child.dep_ in ("appos", "flat", "compound", "nmod:desc") and child.i in tied:
                return tied[child.i]
        if token.dep_ in ("nmod:desc", "compound", "flat") and token.head.i in tied:
            return tied[token.head.i]
        subject = predicate_subject(token)
        if subject is not None and subject.i in tied:
            return tied[subject.i]
        if token.dep_ in ("nsubj", "nsubj:pass", "obl:unmarked", "dislocated"):
            # "The son of a wine importer, Claude Dornier was born", "Also a chairman of the sessions,
            # Davies died" (parsed as the verb's bare noun phrase): a fronted apposition
            second = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > token.i
                           and c.i in tied and token.doc[c.i - 1].text == ","
                           and (token.dep_ in ("nsubj", "nsubj:pass") or token.right_edge.i in (c.i - 2, c.i - 1))), None)
            if second is not None:
                return tied[second.i]
        detached = _detached_kin_subject(token, tied)
        if detached is not None:
            return detached
        if token.dep_ == "obj":  # "Police named the suspect as Emma Rowe": the object is the name after "as"
            named = next((c for c in token.head.children if c.i > token.i and c.i in tied
                          and any(g.dep_ == "case" and g.lower_ == "as" for g in c.doc[token.i + 1:c.i + 1])
                          and c.dep_ in ("obl", "advcl", "xcomp", "nmod")), None)
            if named is not None:
                return tied[named.i]
        # "Jan Novak, the inspector, ..." parsed loosely: the name just before ", the"
        doc = token.doc
        bracketed = _before_brackets(token)
        if bracketed is not None and bracketed in tied:
            return tied[bracketed]  # "Vovos (Greek: ...; born 1964) is a Greek businessman"
        left = token.left_edge.i
        if doc[left].text == "," and left < token.i:
            left += 1  # "Secrist, son of J.S.": the parse hangs the comma on the noun
        # "Spinant, a former journalist, joined": name, comma, a description closed by a comma
        # ("The suspect, a 27-year-old woman known to police, was": a participle of the noun's own
        # is part of the description, not the clause's verb)
        own = {t.i for t in token.subtree if t.dep_ == "acl" and t.head.i == token.i}
        closing = next((j for j in range(token.i + 1, min(len(doc), token.i + 6)) if doc[j].text in (",", ".", ";", ")")
                        or doc[j].pos_ in ("VERB", "AUX") and j not in own), len(doc))
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
        if token.dep_ == "nmod:poss" and token.head.i < comma and human_noun(token.head):
            return None  # "The king's daughter, Anne,": the daughter's name, not the king's
        # ("The son of Ana Mendes, a nurse, was": the description after the comma is hers, not a name)
        j = comma + 1
        while j < min(len(doc), comma + 6) and j not in names and doc[j].pos_ in ("DET", "PART", "ADJ", "NOUN", "NUM"):
            j += 1
        if j < len(doc) and j in names and j in tied:
            key = tied[j]
            end = j
            while end < len(doc) and tied.get(end) == key:
                end += 1
            if end >= len(doc) or doc[end].text in (",", ".", ";", ")") or doc[end].is_sent_end:
                return key  # "the inspector, Jan Novak, questioned", "questioned the pilot, Ruth Adler."
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
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                       or c.dep_ == "nmod:poss" and c.lower_ == "its" for c in token.children)  # "its author"
        if not definite and age_description(token):  # "the 27-year-old said": a loose parse hangs "the" elsewhere
            doc, j = token.doc, token.i - 1
            while j >= 0 and (doc[j].like_num or doc[j].text == "-" or doc[j].lower_ in ("year", "years", "old")):
                j -= 1
            definite = j >= 0 and doc[j].lower_ in ("the", "this", "that")
        if definite and not is_plural(token):
            adjectives = {nationality_of(c) for c in token.children if c.dep_ in ("amod", "compound")} - {""}
            for entry in [e for e in reversed(here) if e.token < token.i] + list(reversed(self.seen[-60:])):
                if self._sentence_of(token.i) - entry.sentence > 6 or not entry.named:
                    continue
                person = self.cast.person(entry.key)
                if person.anonymous or person.plural or entry.plural:
                    continue  # "the young sailor" is none of "three sailors" introduced earlier
                if noun in person.roles or nationality_of(token) in person.nationality - {""} \
                        or adjectives & person.nationality:
                    return entry.key, f"'the {noun}' introduced earlier"
            number = self._sentence_of(token.i)  # a second noun phrase in one sentence is someone else;
            in_view = self._people_in_view(token, [e for e in here if e.sentence < number])  # (earlier ones:
            # the segment's sentences before this one) "The judge ordered that Swango...": not Swango
            in_view -= {e.key for e in here if e.is_name and e.sentence == number}
            named_before = any(e.is_name and e.sentence == number and e.token < token.i for e in here)
            _, roles = word_tables()  # ("Agnes Husslein-Arco, who became the new director": hers, or no one's)
            if len(in_view) == 1 and not named_before and (self._subject_like(token) or self._refers_back(token, here)):
                key = next(iter(in_view))
                if (not self.cast.person(key).anonymous or self._refers_back(token, here)) \
                        and not _another_office(self.cast.person(key), noun, roles):
                    return key, "the only person in view"
            if self._subject_like(token) and (noun not in roles or noun in EVENT_ROLES and self._one_before(token)):
                # "the teenager", "the 27-year-old", "the Kenyan": a description that names no office
                # is the subject of the sentences just before (of a gender that fits it)
                key = self._recent_subject(token, [], noun_gender(token) or _reported_pronoun_gender(token))
                if key is not None and not _another_office(self.cast.person(key), noun, roles):
                    return key, "the subject of the sentence before"
        key = f"{token.lower_}@{seg.id}:{token.idx}"
        determiner = next((c.text for c in token.children if c.dep_ in ("det", "nmod:poss")), "")
        compounds = " ".join(c.text for c in token.children if c.dep_ == "compound" and c.i < token.i
                             and c.text.islower())  # "a police officer"
        noun_words = f"{compounds} {token.text}".strip()
        if determiner.lower() in ("a", "an"):  # "an officer", "a police officer"
            article = "an" if noun_words[:1].lower() in "aeiou" else "a"
            determiner = article.capitalize() if determiner[:1].isupper() else article
        label = f"{determiner} {noun_words}".strip()
        person = Person(key=key, name=label, roles={noun}, unnamed=True, plural=is_plural(token))
        self.cast.people.append(person)
        if definite and not person.plural and self._subject_like(token) and not noun_gender(token):
            self._context_gender(seg, token, person, here)
        return key, "a person named by a role"

    def _refers_back(self, token, here: list[Seen]) -> bool:
        """"She wrote it in 8 months. ... an opportunity for the author to ...": a definite description
        that is no subject, in a sentence naming nobody else before it (a group, or someone named after
        it, is no one it could be: "provided by the author in The Heirs of Hammerfell", "the author's
        first book, in which the reader..."), after one person only, is that person."""
        number = self._sentence_of(token.i)
        if any(e.sentence == number and e.token < token.i and not e.plural for e in here):
            return False
        earlier = [e for e in chain(self.seen, here) if 0 < number - e.sentence <= 1  # (here: this segment's)
                   and e.key not in self.provisional]  # (not "Decca", "LP": no one has shown them someone)
        before = {e.key for e in earlier if not e.plural
                  and not _indefinite(self.cast.person(e.key), token.lower_)}  # "a friend": not the author
        noun = human_noun(token)  # "the students ... the teacher": a group of other people is no one it could be;
        return len(before) == 1 and not any(  # "the nurses ... the nurse" may be one of them
            e.plural and (noun in self.cast.person(e.key).roles or not self.cast.person(e.key).roles) for e in earlier)

    def _one_before(self, token) -> bool:
        """One singular person in the sentence before, and no plural one: whom "the suspect" can be."""
        number = self._sentence_of(token.i)
        before = [e for e in self.seen if number - e.sentence == 1]
        return len({e.key for e in before}) == 1 and not any(e.plural for e in before)

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
        # (not a lone capitalised word nothing has shown to be someone: "Decca", "LP")
        return {k for k in keys if not self.cast.person(k).unnamed and k not in self.provisional}

    def _context_gender(self, seg, token, person: Person, here: list[Seen]) -> None:
        """"He wriggles free. The librarian is then run over": a definite description that is no one
        introduced earlier, when everyone in view has one gender, has it too (weak evidence)."""
        if any(english_gendered_word(t.text) or t.lower_ in PRONOUN_GENDER for t in token.sent):
            return  # the sentence says something itself ("The minister is reputed to be a sportsman")
        number = self._sentence_of(token.i)
        in_view = {e.key for e in chain(self.seen, here) if 0 < number - e.sentence <= 2 and not e.plural}
        in_view = {k for k in in_view if not self.cast.person(k).unnamed and k not in self.provisional}
        in_view -= {e.key for e in here if e.is_name and e.sentence == number}  # "The judge ordered that Swango..."
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


def _before_brackets(token) -> int | None:
    """The token before a bracket that closes right before the copula of ``token`` ("Vovos (born
    1964) is a businessman": the parse, lost in the brackets, gives the noun no subject), or None."""
    doc = token.doc
    cop = next((c for c in token.children if c.dep_ == "cop"), None)
    if cop is None or cop.i < 2 or doc[cop.i - 1].text != ")":
        return None
    depth = 0
    for j in range(cop.i - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(doc[j].text, 0)
        if depth == 0:
            return j - 1 if j > 0 else None
    return None


def _indefinite(person: Person, noun: str) -> bool:
    """Someone mentioned once, in passing, by another role with "a" ("until a friend persuaded her"),
    whom a later "the author" does not name ("a patient" is "the patient"; "a nurse" taken up again
    as "the nurse" is someone the text is about)."""
    return person.unnamed and noun not in person.roles and len(person.mentions) <= 1 \
        and person.name.split(" ", 1)[0].lower() in ("a", "an", "another")


_ANYONE = {"person", "man", "woman", "individual", "one", "figure", "character"}


def _another_office(person, noun: str, roles: dict) -> bool:
    """A person met only by another role ("The minister spoke. The victim, a woman, died."): two
    role nouns are two people, unless one is the other's ("the minister" ... "the minister")."""
    offices = person.roles & roles.keys()
    role_noun = noun in roles or noun in EVENT_ROLES or noun in human_nouns()  # (not "the 34-year-old")
    return person.unnamed and bool(offices) and role_noun and noun not in person.roles and noun not in _ANYONE


def _detached_kin_subject(token, tied: dict[int, str]) -> str | None:
    """"Costa was born in Porto, the daughter of a fisherman", "McGavin was born in Paisley, son of
    James McGavin", "grew up as the son of a miner": a relative noun with its "of", detached by a
    comma or opened by "as", describes its clause's subject (the parse hangs it on the place)."""
    if token.lower_ not in KIN_NOUNS or not any(
            c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in c.children) for c in token.children):
        return None
    doc = token.doc
    left = token.left_edge.i
    if not (any(c.dep_ == "case" and c.lower_ == "as" for c in token.children)
            or doc[left].text == "," or left > 0 and doc[left - 1].text == ","):
        return None
    verb = token
    for _ in range(4):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is None or subject.i > token.i or subject.i not in tied:
        return None
    return tied[subject.i]


def _inside_a_name(token, sentence_start: int, tied: dict[int, str]) -> bool:
    """A capitalised noun inside a sentence, followed by another capitalised word that is no
    person's name: part of the name of a school, a club, a hall."""
    doc = token.doc
    after = token.i + 1
    return token.text[:1].isupper() and token.i > sentence_start and after < len(doc) \
        and doc[after].text[:1].isupper() and doc[after].is_alpha and after not in tied \
        and doc[token.i - 1].text not in ('"', "“", "'", "‘", "(", ":")


def _work_title(token, sentence_start: int) -> bool:
    """A capitalised human noun inside a sentence in apposition to a work ("the novel, Somebody's
    Daughter,") or dated in brackets like one ("Mother (2009)"): a title."""
    doc = token.doc
    if not token.text[:1].isupper() or token.i == sentence_start:
        return False
    if token.dep_ == "appos" and token.head.lower_ in WORK_NOUNS:
        return True
    after = doc[token.i + 1:token.i + 4]
    return len(after) == 3 and after[0].text == "(" and after[1].text.isdigit() and len(after[1].text) == 4 \
        and after[2].text == ")"


def _possessive_in_title(token, sentence_start: int) -> bool:
    """A capitalised noun of a sex inside a sentence, in the possessive before another capitalised
    word: part of a title ("Woman's Hour", "Men's Health", "King's Cup"), not a person (a role
    keeps its person: "the President's Chief of Staff")."""
    doc = token.doc
    if not noun_gender(token) or not token.text[:1].isupper() or token.i == sentence_start or token.i + 2 >= len(doc):
        return False
    marker = doc[token.i + 1]
    if marker.text not in ("'s", "’s", "'", "’"):
        return False
    after = doc[token.i + 2]
    return after.is_alpha and after.text[:1].isupper()


def _reported_pronoun_gender(token) -> str:
    """'m'/'f' when the description is the subject of a speech verb whose reported clause opens on
    he/she ("The Argentine said he dedicated it"): the speaker most likely is that pronoun's sex."""
    head = token.head
    if token.dep_ != "nsubj" or not is_speech_verb(head):
        return ""
    for clause in head.children:
        if clause.dep_ == "ccomp":
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if subject is not None and subject.lower_ in ("he", "she"):
                return PRONOUN_GENDER[subject.lower_]
    return ""
