"""French pronouns tied to people: il/elle as subjects, speakers ("a-t-elle déclaré"), reported
subjects ("X a déclaré qu'il"), lui/elle after a preposition, lui-même/elle-même, first-person
quotations, and the impersonal il that stands for nobody.

A mixin of :class:`qa_desk.people.french_reader.TargetReader`: a French pronoun is tied to a person
only through the aligned English sentence (its he/she/him/her resolved to someone), never by
guessing from the French alone.
"""
from __future__ import annotations

import re

from ..nlp.tokens import Token, quotation_spans, tokenize
from .agreement import coordinated_predicates, verb_group_words
from .predicate_nouns import more_adjectives, office_role_words
from .cast import FEMALE, MALE, SOURCE_KINDS, Mention, Person
from .english_syntax import governing_verb
from .french_phrases import alone_after_verb, detached_participle, gerund_copula
from .french_words import GenderedWord, is_adverb, is_fixed_gender_noun, role_noun_gender, word_gender
from .french_positions import (aligned_pronoun, echo_pronoun, english_other_subjects, english_subject_positions,
                               english_thing_subject, english_understood_subjects, finite_verb_after_clitic,
                               has_speech_verb, impersonal, is_infinitive_form, is_noun, noun_before,
                               participle_gender, reported_subject, speaker_pronoun, stressed_subject)
from .reference import Reference
from .french_home import subject_home

SUBJECT_PRONOUNS = {"il": "m", "elle": "f"}
_STANDALONE = {**SUBJECT_PRONOUNS, "lui": "m"}
EMPHATIC_PRONOUNS = {"lui-même": "m", "elle-même": "f"}
_FRENCH_PREPOSITIONS = {"avec", "pour", "selon", "contre", "chez", "sans", "envers", "derrière", "devant", "en",
                        "après", "avant", "par", "sur", "vers", "d'après", "auprès", "entre"}
_AFTER_PREPOSITION = _FRENCH_PREPOSITIONS | {"de", "d'", "d’", "à"}  # "d'elle", "à lui": not subjects
_ENGLISH_PREPOSITIONS = {"with", "for", "to", "against", "by", "without", "behind", "after", "before", "in",
                         "about", "toward", "towards", "from", "on", "of", "beside"}
_ENGLISH_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                           "she": "f", "her": "f", "hers": "f", "herself": "f"}
ENGLISH_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)

FIXED_GENDER_ENGLISH = {"person", "victim", "witness", "star", "recruit", "casualty", "celebrity", "personality",
                        "figure", "hostage", "sentry", "individual"}
CAREER_NOUNS = {"carrière", "métier", "poste", "fonction", "fonctions", "rôle", "statut", "titre", "travail",
                "emploi", "débuts", "formation", "parcours", "mandat"}
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)
_AVOIR_FORMS = {"a", "avait", "aura", "aurait", "ai", "avais", "ont", "avaient", "avoir", "ayant", "eut", "ait"}


# faire before an infinitive: "la fait passer", "le fit venir" (the lexicon knows them as nouns or participles).
_FAIRE_FORMS = {"fait", "fit", "faisait", "fera", "ferait", "font", "firent", "faisaient", "feront", "fasse"}


_QUE = ("que", "qu'", "qu’")


def _after_comme(tokens: list[Token], i: int) -> bool:
    """The clitic at ``i`` follows "comme" and at most two words (a subject, "ne"): "comme il l'a dit"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if tokens[j].lower == "comme":
            return True
        if not tokens[j].is_word:
            return False
    return False


# Participles after "l'a" whose object takes an adjective: "l'ont trouvée charmante", "l'a rendue célèbre".
_OBJECT_ATTRIBUTE_PARTICIPLES = {"trouvé", "jugé", "rendu", "laissé", "estimé", "cru", "tenu", "senti"}
# Verbs whose object takes an attribute: "appointed her chairwoman", "named him captain".
_OBJECT_ATTRIBUTE_LEMMAS = {"appoint", "name", "elect", "make", "crown", "declare", "call", "nominate", "proclaim"}


def _object_before_attribute(token) -> bool:
    """"appointed her chairwoman", which the parse reads as a possessive: "her" is the verb's object
    when the noun after it is a role the verb makes her."""
    from .english_mentions import human_noun, verb_in
    head = token.head
    return token.lower_ == "her" and token.dep_ == "nmod:poss" and head.dep_ in ("obj", "xcomp") \
        and head.i == token.i + 1 and bool(human_noun(head)) and verb_in(head.head, _OBJECT_ATTRIBUTE_LEMMAS)


class PronounReader:
    """The pronoun half of TargetReader (it provides cast, references, person_of...)."""

    def _pronouns(self, seg, tokens: list[Token], used: set[int]) -> None:
        """Subject il/elle, tied to a person only when the English sentence's he/she all name them."""
        source = self.cast.mentions(seg.id, "source")
        he_she = [m for m in source if m.kind == "pronoun" and m.text.lower() in ("he", "she")]
        english = tokenize(seg.source.text, False)  # the tokens the source cast was read from, cached
        loose = False  # pronouns tied because the sentence has no one else, not by the English he/she
        if not he_she:
            # "Her debut came in 1985" -> "Il a fait ses débuts": an unnamed person's his/her/him
            pronouns = [m for m in source if m.kind == "pronoun"]
            if pronouns and len({m.person for m in pronouns}) == 1 and (
                    self.cast.person(pronouns[0].person).anonymous
                    or not english_other_subjects(seg.source.text)
                    and not self._other_people(source, pronouns[0].person)):
                he_she = pronouns  # "blackballed him" -> "parce qu'il était": the sentence's one person
                loose = not self.cast.person(pronouns[0].person).anonymous
            else:
                self._predicate_pronouns(seg, tokens, used)
                return
        if len({m.person for m in he_she}) != 1:
            self._reported_pronouns(seg, tokens, used, he_she)
            return
        person = self.cast.person(he_she[0].person)
        other_referents = english_other_subjects(seg.source.text)
        # ("distributing them": an object, which no French subject il/elle translates)
        if person.anonymous and {t.lower for t in english} & {"it", "they"}:
            other_referents = True  # nobody named: any it/they may be what the French il/elle means
        expected = _ENGLISH_PRONOUN_GENDER[he_she[0].text.lower()]
        if not other_referents:  # "Moscou elle-même" may translate "Moscow itself"
            self._emphatic_pronouns(seg, tokens, person, expected, he_she[0])
        for i in range(1, len(tokens)):  # "selon lui", "d'après elle": the one who said it, as "he said"
            gender = {"lui": "m", "elle": "f"}.get(tokens[i].lower)
            if gender and gender != expected and tokens[i - 1].lower in ("selon", "d'après", "d’après"):
                self.references.append(Reference(person.key, seg.id, "pronoun",
                                                 [GenderedWord(tokens[i], gender, "stressed")], he_she[0]))
        subjects = [i for i, t in enumerate(tokens) if i not in used and (
                    t.lower in SUBJECT_PRONOUNS or t.lower == "lui" and stressed_subject(tokens, i))
                    and not impersonal(tokens, i)
                    and not (i > 0 and tokens[i - 1].lower in _AFTER_PREPOSITION)]  # "douté d'elle"
        named_before = {m.end: m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        speakers = {i for i in subjects if speaker_pronoun(tokens, i)  # "», a-t-elle déclaré": a person
                    or reported_subject(tokens, i, named_before) == person.key}  # "X a déclaré qu'il"
        plain = [i for i in subjects if i not in speakers]
        wrong = [i for i in plain if _STANDALONE[tokens[i].lower] != expected]
        # both genders in the French, or more wrong ones than the English has: other referents,
        # unless the French has no more pronouns than the English and the English has no "it"
        # the French may say il/elle where the English says her ("her desire" -> "elle souhaitait")
        english_count = len([m for m in source if m.kind == "pronoun" and m.person == person.key])
        other_people = self._other_people(source, person.key)
        other_sex_in_view = other_people and self._other_people(source, person.key, unlike=expected)
        # "which he published ..., distributing them" -> "qu'il publia ..., qu'il distribua": with no
        # one else in the English, more French pronouns of one gender are the same person's
        sole = not other_referents and not other_people and len(wrong) == len(plain)
        other_pronouns = wrong and ((len(wrong) > english_count and not sole) or (
            len(wrong) < len(plain) and (len(plain) > english_count or other_referents)))
        # "La personne en question ... elle encourageait": the pronoun agrees with a noun of one gender
        fixed_nouns = {i for i, t in enumerate(tokens) if is_fixed_gender_noun(t.text)} \
            if person.unnamed and person.roles & FIXED_GENDER_ENGLISH else set()
        english_subjects = english_subject_positions(seg.source.text)
        french_length = max(1, len(seg.target.text))
        # the English his/her/him of the person, beside its it/they subjects, by relative position
        own_places = tuple((m.start / max(1, len(seg.source.text)), "own") for m in source
                           if m.kind == "pronoun" and m.person == person.key) \
            + tuple(place for place in english_subjects if place[1] in ("it", "they"))
        # "..., and was immediately arrested" -> "et elle fut appréhendée": a verb whose understood
        # subject is the person (by the parse), where the French says il/elle
        spans = [(m.start, m.end) for m in source if m.person == person.key]
        understood = tuple((at, "own") for at, subject in english_understood_subjects(seg.source.text)
                           if any(a <= subject < b for a, b in spans))
        # "explained another writer, adding she...": an English person with no pronoun may be the French il
        taken: list[int] = []
        own_words = frozenset(w.token.start for r in self.references[self.first_of_segment:]
                              if r.person == person.key for w in r.words if w.kind == "noun")
        for i in subjects:
            token, gender = tokens[i], _STANDALONE[tokens[i].lower]
            aligned = aligned_pronoun(english_subjects, token.start / french_length, 0.12)
            if aligned is None and not other_people and aligned_pronoun(
                    own_places, token.start / french_length, 0.1) == "own":
                aligned = he_she[0].text.lower()  # "for her public support" -> "le soutien qu'elle reçoit"
            if aligned is None and understood and aligned_pronoun(
                    understood + english_subjects, token.start / french_length, 0.1) == "own":
                aligned = he_she[0].text.lower()
            if not other_referents and echo_pronoun(tokens, i):
                aligned = he_she[0].text.lower()  # "avait, elle aussi, des démêlés": the subject's own echo
            if not other_referents and i > 0 and tokens[i - 1].lower in ("et", "puis", "mais") and any(
                    tokens[j].lower == token.lower and _clause_subject(tokens, j) for j in taken) \
                    and _clause_subject(tokens, i):
                # "Il devint ..., et il occupa": the subject repeated where the English says "and served"
                aligned = he_she[0].text.lower()
            if i > 1 and tokens[i - 1].lower in _QUE and tokens[i - 2].lower in ("et", "mais", "ou") and any(
                    tokens[j].lower == token.lower and j > 0 and tokens[j - 1].lower in _QUE for j in taken):
                # "a dit qu'il s'était évanoui, mais qu'il n'avait pas eu": a second completive of the
                # same verb, its subject the first one's
                aligned = he_she[0].text.lower()
            if gender != expected and any(k < i and word_gender(tokens[k].text, ("NOUN",)) == gender
                                          for k in fixed_nouns):
                continue
            if i not in speakers and (other_pronouns or (gender != expected and other_referents)) \
                    and aligned not in ("he", "she"):
                continue  # other referents: "elle" may translate "it" (la Russie, la discussion)
            if gender != expected and other_people and i not in speakers and aligned not in ("he", "she") \
                    and (other_sex_in_view or noun_before(tokens, i, gender, own=own_words)):
                continue  # (others all of the person's sex: still a thing's "elle", "la situation ... elle")
            if aligned in ("it", "they") and i not in speakers and gender != expected:
                continue  # the English at that place is a thing
            if (loose or sole) and gender != expected and aligned not in ("he", "she") and i not in speakers \
                    and (english_thing_subject(seg.source.text) and noun_before(tokens, i, gender, own=own_words)
                         and not any(w.kind == "noun" for w in verb_group_words(tokens, i + 1))
                         or tokens[i - 1].text in ("-t-", "-")):  # (but "il fut déclaré candidat": someone)
                continue  # "une telle chose ... lorsqu'elle vient", "la Commission a-t-elle": a noun's pronoun
            if stressed_subject(tokens, i):  # "Elle et les autres accusés" -> "Lui et", "lui aussi"
                self.references.append(Reference(person.key, seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "stressed")], he_she[0]))
                continue
            words = [GenderedWord(token, gender, "pronoun")]
            if not (i > 0 and tokens[i - 1].text in ("-t-", "-")):  # "a-t-il": nothing agrees after it
                words += verb_group_words(tokens, i + 1)
                words += coordinated_predicates(tokens, i + 1)
                if i > 1 and tokens[i - 1].text == ",":  # "Née à Lisbonne, elle étudia"
                    words += self._fronted_phrase(tokens, i - 1)
                words += self._as_role(tokens, i + 1)  # "elle a commencé à travailler comme vendeuse"
                words += gerund_copula(tokens, i + 1)  # "elle y enseigna, devenant professeure en 2003"
                words += _reflexive_emphatic(tokens, i + 1)  # "il se diagnostique lui-même"
                words += alone_after_verb(tokens, i + 1)  # "elle rentra seule"
            self.references.append(Reference(person.key, seg.id, "pronoun", words, he_she[0]))
            taken.append(i)
        self._stressed_pronouns(seg, tokens, person, expected, he_she[0], other_referents)
        self._career_roles(seg, tokens, person, expected, he_she[0])

    def _other_people(self, source, key: str, unlike: str | None = None) -> bool:
        """Another singular person named or described in the English sentence; with ``unlike``
        ('f' or 'm'), only one the English does not make of that sex (a French "il" cannot be
        "the mother" beside "she": every singular person in view is a woman)."""
        own = {_ENGLISH_PRONOUN_GENDER.get(m.text.lower()) for m in source if m.person == key and m.kind == "pronoun"}
        return any(m.person != key and not self.cast.person(m.person).plural
                   and (unlike is None or _source_sex(self.cast.person(m.person)) != unlike)
                   and (m.kind in ("name", "surname", "role")  # or "his wartime letters" beside "she"
                        or m.kind == "pronoun" and _ENGLISH_PRONOUN_GENDER.get(m.text.lower()) not in own | {None})
                   for m in source)

    def _career_roles(self, seg, tokens: list[Token], person: Person, expected: str, mention) -> None:
        """"sa carrière de chanteuse", "son poste de directrice": with one person in the English
        sentence, the role named after a possessive career noun is hers or his."""
        if {m.person for m in self.cast.mentions(seg.id, "source")} != {person.key}:
            return
        for i in range(2, len(tokens) - 1):
            if tokens[i].lower not in ("de", "d'", "d’") or tokens[i - 1].lower not in CAREER_NOUNS \
                    or tokens[i - 2].lower not in ("sa", "son", "ses", "le", "la", "l'", "l’", "un", "une", "du", "au"):
                continue  # "sa carrière de chanteuse", "occupa le poste de présidente"
            noun = tokens[i + 1]
            gender = role_noun_gender(noun.text)
            if gender and gender != expected:  # "le poste de directeur adjoint": its adjectives too,
                words = office_role_words(tokens, i + 1)  # and a second role ("et d'animateur")
                if not words or words[0].token.start != noun.start:
                    words = [GenderedWord(noun, gender, "noun")] + more_adjectives(tokens, i + 2)
                self.references.append(Reference(person.key, seg.id, "phrase", words, mention))

    def _stressed_pronouns(self, seg, tokens: list[Token], person: Person, expected: str, mention,
                           other_referents: bool) -> None:
        """"jusqu'à lui", "de lui", "avec elle": after a preposition, lui and elle name a person; when
        the English sentence speaks of one person only, that is who they are."""
        thing = re.search(r"\b(?:it|its|itself)\b", seg.source.text, re.IGNORECASE)
        if any(_source_sex(self.cast.person(key)) != expected
               for key in {m.person for m in self.cast.mentions(seg.id, "source")
                           if not self.cast.person(m.person).plural} - {person.key}):
            return  # a thing or someone else in the English sentence ("our mother ... for him") may be lui/elle
            # (but not when all of them are of the person's sex: "When she died, the Viscountess ...")
            # (a group may be there: "derrière elle ... à ses trois nièces", lui and elle are one person)
        for i in range(1, len(tokens)):
            gender = {"lui": "m", "elle": "f"}.get(tokens[i].lower)
            if not gender or gender == expected or tokens[i - 1].lower not in _AFTER_PREPOSITION \
                    or tokens[i - 1].lower in ("selon", "d'après", "d’après"):
                continue
            if thing and tokens[i - 1].lower != "chez":
                continue  # "it" may be what lui or elle stands for; "chez elle" is someone's home all the same
            if any(r.words and r.words[0].token is tokens[i] for r in self.references):
                continue
            following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if tokens[i].lower == "lui" and (is_infinitive_form(following) or following in _AVOIR_FORMS
                                             or following in ("a", "est", "était", "avait", "ai")):
                continue  # "pour lui demander", "de lui dire": an indirect object, either gender
            self.references.append(Reference(person.key, seg.id, "pronoun",
                                             [GenderedWord(tokens[i], gender, "stressed")], mention))

    def _prepositional_pronouns(self, seg, tokens: list[Token], english: list[Token]) -> None:
        """"d'accord avec lui" where the English says "agreed with her": one lui/elle after a
        preposition against one him/her after one in the English, tied to whom the English
        pronoun was resolved to."""
        theirs = [t for n, t in enumerate(english)
                  if t.lower in ("him", "her") and n > 0 and english[n - 1].lower in _ENGLISH_PREPOSITIONS]
        ours = [t for n, t in enumerate(tokens)
                if t.lower in ("lui", "elle") and n > 0 and (tokens[n - 1].lower in _FRENCH_PREPOSITIONS or (
                    tokens[n - 1].lower in ("de", "d'", "d’", "à") and (t.lower == "elle" or n + 1 == len(tokens)
                                                                         or not is_infinitive_form(tokens[n + 1].lower)
                                                                         and tokens[n + 1].lower not in _AVOIR_FORMS)))]
        if subject_home(seg.source.text):  # "went home" / "chez lui": the subject's home (french_home), no object
            ours = [t for n, t in enumerate(tokens) if t in ours and not (n > 0 and tokens[n - 1].lower == "chez")]
        if not theirs and len(ours) == 1:  # "dropped her" / "se débarrassa d'elle", "filmed him" / "une vidéo de lui"
            from .english import parse
            objects = [t for t in parse(seg.source.text) if t.lower_ in ("him", "her") and t.tag_ == "PRP"]
            if len(objects) == 1 and objects[0].dep_ in ("obj", "iobj"):
                theirs = [t for t in english if t.start == objects[0].idx]
        if len(theirs) != 1 or len(ours) != 1:
            return
        mention = next((m for m in self.cast.mentions(seg.id, "source")
                        if m.kind == "pronoun" and m.start == theirs[0].start), None)
        gender = {"lui": "m", "elle": "f"}[ours[0].lower]
        if mention is not None and gender != _ENGLISH_PRONOUN_GENDER[theirs[0].lower]:
            self.references.append(Reference(mention.person, seg.id, "pronoun",
                                             [GenderedWord(ours[0], gender, "stressed")], mention))

    def _reported_pronouns(self, seg, tokens: list[Token], used: set[int], he_she: list) -> None:
        """Several people in the sentence: only "X a déclaré qu'elle" is tied, to X, and only when
        the English gives X a he or she of its own ("Von der Leyen said she..., Scholz said he...")."""
        named_before = {m.end: m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        english = {m.person: m for m in he_she}
        reported = False
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used or impersonal(tokens, i) or i > 0 and tokens[i - 1].lower in _AFTER_PREPOSITION:
                continue
            key = reported_subject(tokens, i, named_before)
            if key in english:
                words = [GenderedWord(token, gender, "pronoun")] + verb_group_words(tokens, i + 1)
                self.references.append(Reference(key, seg.id, "pronoun", words, english[key]))
                reported = True
        if not reported:
            self._pronouns_in_order(seg, tokens, used, he_she)

    def _pronouns_in_order(self, seg, tokens: list[Token], used: set[int], he_she: list) -> None:
        """"He bakes the bread, while she serves" -> "Elle fait le pain, tandis qu'il sert": with as
        many French subject il/elle as English he/she, none else in the English that a French il/elle
        may stand for, and each at about the same place, the n-th French one translates the n-th."""
        subjects = [i for i, t in enumerate(tokens) if t.lower in SUBJECT_PRONOUNS and i not in used
                    and not impersonal(tokens, i) and not (i > 0 and tokens[i - 1].lower in _AFTER_PREPOSITION)]
        english = sorted(he_she, key=lambda m: m.start)
        if len(subjects) != len(english) or english_other_subjects(seg.source.text):
            return
        french_length, english_length = max(1, len(seg.target.text)), max(1, len(seg.source.text))
        if any(abs(tokens[i].start / french_length - m.start / english_length) > 0.2
               for i, m in zip(subjects, english)):
            return
        for i, mention in zip(subjects, english):
            words = [GenderedWord(tokens[i], SUBJECT_PRONOUNS[tokens[i].lower], "pronoun")] \
                + verb_group_words(tokens, i + 1)
            self.references.append(Reference(mention.person, seg.id, "pronoun", words, mention))

    def _emphatic_pronouns(self, seg, tokens: list[Token], person: Person, expected: str, mention) -> None:
        """"interprété par Peniston lui-même" where the English has herself: lui-même/elle-même
        stand for the person the English pronouns all name."""
        for i, token in enumerate(tokens):
            gender = EMPHATIC_PRONOUNS.get(token.lower)
            if i > 0 and tokens[i - 1].text[:1].isupper():
                continue  # "Peniston lui-même": read with the name it follows
            if gender and gender != expected:
                self.references.append(Reference(person.key, seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "stressed")], mention))

    def _predicate_pronouns(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"Wasilewska a rejoint le PPS lorsqu'il était étudiant": the English has no he/she ("as a
        student"), the French sentence names one person and its il/elle is said to be a role noun,
        so the pronoun can only be that person."""
        named = {m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        english = {m.person for m in self.cast.mentions(seg.id, "source")  # "other professors": no il/elle
                   if not self.cast.person(m.person).plural}
        if len(named) != 1 or ENGLISH_PERSONAL.search(seg.source.text):
            return  # an English he/she/his/her tied to nobody is someone else, unnamed
        if english - named and not self._only_subject(seg, named, english - named):
            return
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used or (i > 0 and tokens[i - 1].text in ("-t-", "-")) \
                    or impersonal(tokens, i) or i > 0 and tokens[i - 1].lower in _AFTER_PREPOSITION:
                continue  # ("Chez elle, Mme X": a stressed pronoun, no subject)
            words = verb_group_words(tokens, i + 1)
            if any(w.kind == "noun" or (w.kind == "adjective" and role_noun_gender(w.token.text))
                   for w in words) or self._only_the_named(seg, tokens, i, gender, next(iter(named))) \
                    or self._own_place(seg, token, next(iter(named))):
                self.references.append(Reference(next(iter(named)), seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "pronoun")] + words))

    def _own_place(self, seg, token: Token, key: str) -> bool:
        """The French pronoun stands where the English has a verb whose understood subject is the
        person ("..., signing a deal" -> "lorsqu'elle a signé"), with no English it/they nearer."""
        spans = [(m.start, m.end) for m in self.cast.mentions(seg.id, "source") if m.person == key]
        places = tuple((at, "own") for at, subject in english_understood_subjects(seg.source.text)
                       if any(a <= subject < b for a, b in spans))
        return bool(places) and aligned_pronoun(places + english_subject_positions(seg.source.text),
                                                token.start / max(1, len(seg.target.text)), 0.1) == "own"

    def _only_subject(self, seg, named: set[str], others: set[str]) -> bool:
        """"X returned ... and was appointed holder of the chair" -> "et elle fut nommée": the other
        English referents are unnamed and none is the subject of a verb, while the one named person
        is, so a French il/elle the English leaves out is the named person."""
        from .english import parse
        if any(not self.cast.person(key).unnamed for key in others):
            return False
        subjects = {t.idx for t in parse(seg.source.text) if t.dep_ in ("nsubj", "nsubj:pass")}
        spans: dict[str, list] = {}
        for m in self.cast.mentions(seg.id, "source"):
            spans.setdefault(m.person, []).append((m.start, m.end))

        def subject(key: str) -> bool:
            return any(a <= at < b for at in subjects for a, b in spans.get(key, ()))
        return subject(next(iter(named))) and not any(subject(key) for key in others)

    def _only_the_named(self, seg, tokens: list[Token], i: int, gender: str, key: str) -> bool:
        """"Bien qu'il ait mené l'équipe ..., Didrikson": the French adds a pronoun the English leaves
        out ("Despite leading the team"); with no noun of its gender before it in the French and no
        it, they, this or thing subject in the English, it can only be the one person named."""
        from .english import parse
        from .english_mentions import human_noun
        spans = [(m.start, m.end) for m in self.cast.mentions(seg.id, "source") if m.person == key]
        if any(t.dep_ in ("nsubj", "nsubj:pass", "expl") and (t.lower_ in ("it", "they", "this", "that", "which", "these")
                                                               or t.pos_ == "NOUN" and not human_noun(t)
                                                               or t.pos_ == "PROPN" and not any(  # "Makhno stepped
                                                                   a <= t.idx < b for a, b in spans))  # down"
               for t in parse(seg.source.text)):
            return False
        return not noun_before(tokens, i, gender, capitalised=True)  # "la Commission ... elle"

    def _object_clitics(self, seg, tokens: list[Token]) -> None:
        """"congratulated her" -> "l'a félicitée", "trying to recruit him" -> "tentait de le recruter":
        when the English sentence's direct-object him/her all mean one person, the French object
        clitic before an infinitive, and the participle after "l'a", agree with that person."""
        from .english import parse
        from ..nlp.lexicon import get_lexicon
        if not _OBJECT_PRONOUN.search(seg.source.text) or not any(t.lower in ("l'", "l’", "le", "la") for t in tokens):
            return
        english = parse(seg.source.text)  # parsed already by the source reader: a cache hit
        # "came up to him" -> "venue la voir": an oblique him/her of a verb with no object of its own
        # may be a French direct object ("turned the band over to her": "lui confia le groupe")
        objects = {t.idx for t in english if t.lower_ in ("him", "her") and (
            t.dep_ in ("obj", "iobj") and t.tag_ != "PRP$" or _object_before_attribute(t)
            or t.dep_ == "obl" and t.tag_ == "PRP" and not any(c.dep_ == "obj" for c in governing_verb(t).children))}
        mentions = [m for m in self.cast.mentions(seg.id, "source") if m.kind == "pronoun" and m.start in objects]
        if not mentions or len({m.person for m in mentions}) != 1 or len(mentions) != len(objects):
            return
        mention = mentions[0]
        expected = _ENGLISH_PRONOUN_GENDER[mention.text.lower()]
        english_at = [m.start / max(1, len(seg.source.text)) for m in mentions]
        french_length = max(1, len(seg.target.text))
        found = []
        for i, token in enumerate(tokens[:-1]):
            lower, following = token.lower, tokens[i + 1].lower
            if lower in ("le", "la", "l'", "l’") and _after_comme(tokens, i):
                continue  # "comme lui-même l'avait fait", "comme le veut la règle": the clause's neuter "le"
            if lower in ("le", "la") and following in _FAIRE_FORMS and i + 2 < len(tokens) \
                    and is_infinitive_form(tokens[i + 2].lower) and not is_noun(tokens[i + 2].lower):
                found.append([GenderedWord(token, "m" if lower == "le" else "f", "pronoun")])
                continue  # "Sa quête la fait passer par": the causative's object
            if lower == "le" and following == "faire" and not (i + 2 < len(tokens)  # "pour le faire": do it
                                                                and is_infinitive_form(tokens[i + 2].lower)):
                continue
            if lower in ("le", "la") and is_infinitive_form(following) and not is_noun(following) and i > 0 \
                    and (tokens[i - 1].lower in ("de", "d'", "d’", "à", "pour", "sans", "va", "vais", "veut",
                                                 "peut", "doit", "pu", "voulu", "dû", "fallait", "faut")
                         # "souhaite également la recruter": a word the lexicon does not know is a verb
                         or tokens[i + 1].text.islower() and not get_lexicon().analyses(following)):
                found.append([GenderedWord(token, "m" if lower == "le" else "f", "pronoun")])
            elif lower in ("le", "la") and finite_verb_after_clitic(tokens, i):
                found.append([GenderedWord(token, "m" if lower == "le" else "f", "pronoun")])
            elif lower in ("l'", "l’") and following in _AVOIR_FORMS:
                j = i + 2
                while j < len(tokens) and is_adverb(tokens[j].lower):
                    j += 1
                if j >= len(tokens):
                    continue
                k = j + 1
                while k < len(tokens) and tokens[k].lower in ("se", "s'", "s’", "y", "en"):
                    k += 1
                if tokens[j].lower in ("fait", "laissé") and k < len(tokens) and is_infinitive_form(tokens[k].lower):
                    continue  # "l'a fait se sentir": faire and laisser before an infinitive stay as they are
                if get_lexicon().is_participle(tokens[j].text):
                    gender = participle_gender(tokens[j].text)
                    if gender:
                        words = [GenderedWord(tokens[j], gender, "participle")]
                        attribute = j + 1 < len(tokens) and tokens[j + 1].text.islower() \
                            and tokens[j].lower.rstrip("e") in _OBJECT_ATTRIBUTE_PARTICIPLES \
                            and word_gender(tokens[j + 1].text, ("ADJ",))
                        if attribute:  # "l'ont trouvée charmante": the object's attribute agrees too
                            words.append(GenderedWord(tokens[j + 1], attribute, "adjective"))
                        found.append(words)
        # "Quand il l'a suggéré, ... l'a engagé": an English "it" object may take a French clitic too
        things = [t.idx / max(1, len(seg.source.text)) for t in english
                  if t.lower_ in ("it", "this", "that") and t.dep_ == "obj"]
        if len(found) > len(objects) + len(things):
            return  # more French object pronouns than the English has: some are things
        # "comme elle l'avait fait": a clitic far from where the English has him/her is a thing or a clause
        found = [words for words in found
                 if (near := min(abs(words[0].token.start / french_length - at) for at in english_at)) <= 0.3
                 and (len(found) <= len(objects)
                      or all(near < abs(words[0].token.start / french_length - at) for at in things))]
        for words in found:
            if any(w.gender != expected for w in words):
                self.references.append(Reference(mention.person, seg.id, "pronoun", words, mention))

    def _first_person_quotes(self, seg, tokens: list[Token]) -> None:
        """"Je suis très inquiète", a déclaré M. X: inside a quotation, first-person agreement
        follows the speaker, found by a name or a resolved pronoun right after (or before) it."""
        text = seg.target.text
        quoted = quotation_spans(text)
        spans = [(open_at, close_at, True) for open_at, close_at in quoted]
        for colon in (m.start() for m in re.finditer(":", text)):
            if not any(a <= colon < b for a, b in quoted) and not re.search("[«“\"]", text[colon:colon + 4]):
                end = text.find(". ", colon)  # "L'artiste a déclaré : Entre deux concerts, je me rendais"
                spans.append((colon + 1, len(text) if end < 0 else end, False))
        for open_at, close_at, marked in spans:
            speaker = self._speaker(seg, open_at, close_at, marked)
            if speaker is None:
                continue
            inside = [i for i, t in enumerate(tokens) if open_at <= t.start and t.end <= close_at]
            for i in inside:
                if tokens[i].lower in ("je", "j'", "j’"):
                    words = [w for w in verb_group_words(tokens, i + 1) if w.token.end <= close_at]
                    # "J'ai entendu ..., assise à côté de ma grand-mère": a participle of the speaker's
                    words += detached_participle(tokens[:inside[-1] + 1], i + 1, _AFTER_PREPOSITION)
                    if words:
                        self.references.append(Reference(speaker, seg.id, "quote", words))

    def _speaker(self, seg, open_at: int, close_at: int, marked: bool = True) -> str | None:
        """The person a speech verb ties to the quotation: "», a déclaré X" or "X a dit : «" (only the
        latter for speech after a colon with no quotation marks)."""
        text = seg.target.text
        if not marked:
            return self._speaker_before(seg, open_at)
        stop = min([close_at + 90] + [k for k in (text.find(". ", close_at + 1), text.find("«", close_at + 1))
                                      if k > 0])
        after = [m for m in self.cast.mentions(seg.id, "target") if close_at <= m.start <= stop]
        after += [Mention(r.person, seg.id, "target", r.words[0].token.start, r.words[0].token.end, "", "pronoun")
                  for r in self.references[self.first_of_segment:] if r.kind == "pronoun"
                  and close_at <= r.words[0].token.start <= close_at + 25]
        # "», a déclaré le champion": a role phrase tied to the person (its determiner first), right
        # after the speech verb (not "», a-t-il dit à sa femme")
        after += [Mention(r.person, seg.id, "target", r.words[0].token.start, r.words[0].token.end, "", "role")
                  for r in self.references[self.first_of_segment:] if r.kind == "phrase" and r.words
                  and r.words[0].kind == "determiner" and close_at <= r.words[0].token.start <= close_at + 40
                  and _speech_verb_right_before(text[close_at:r.words[0].token.start])]
        if after:
            first = min(after, key=lambda m: m.start)
            if has_speech_verb(text[close_at:first.end + 25]):  # "», a-t-elle ajouté", "», a dit X"
                return first.person
            return None
        return self._speaker_before(seg, open_at)

    def _speaker_before(self, seg, open_at: int) -> str | None:
        """"X a dit : «", "La championne, qui ..., a déclaré :": the nearest person before the colon."""
        text = seg.target.text
        before = [(m.end, m.person) for m in self.cast.mentions(seg.id, "target") if m.end <= open_at
                  and not _complement_name(text, m.start)]  # "La mère de Paul Roy a déclaré :" is hers
        before += [(r.words[-1].token.end, r.person) for r in self.references[self.first_of_segment:]
                   if (r.kind == "pronoun" or r.kind == "phrase" and r.words[0].kind == "determiner")
                   and r.words and r.words[-1].token.end <= open_at]  # "La championne, qui ..., a déclaré : «"
        if not before:
            return None
        end, person = max(before)  # the nearest: no one else between it and the quotation
        between = text[end:open_at]
        if ":" in between and len(between) < 100 and ". " not in between and has_speech_verb(between):
            return person
        return None


_SPEECH_THEN_SUBJECT = re.compile(r"^[\s»”\",]*(?:a|avait|ont|aurait)?\s*[^\W\d_]+\s*$")


def _speech_verb_right_before(between: str) -> bool:
    """Only a speech verb between a quotation and a phrase: ", a déclaré " (the phrase is its subject)."""
    return bool(_SPEECH_THEN_SUBJECT.match(between)) and has_speech_verb(between)


def _complement_name(text: str, start: int) -> bool:
    """A name right after de/d'/du: a noun's complement ("la mère de Paul Roy"), no subject."""
    before = text[:start].rstrip().lower()
    return before.endswith((" de", " du", " d'", " d’")) or before in ("de", "du")


def _reflexive_emphatic(tokens: list[Token], k: int) -> list[GenderedWord]:
    """"se diagnostique elle-même", "s'est présenté lui-même": the emphatic pronoun right after the
    subject's reflexive verb is the subject's own."""
    if k + 2 >= len(tokens) or tokens[k].lower not in ("se", "s'", "s’"):
        return []
    j = k + 1
    if tokens[j].lower in ("est", "était", "fut", "sera") and j + 2 < len(tokens):
        j += 1  # "s'est présenté lui-même"
    emphatic = tokens[j + 1] if j + 1 < len(tokens) else None
    if emphatic is None or emphatic.lower not in ("lui-même", "elle-même") or not tokens[j].is_word:
        return []
    return [GenderedWord(emphatic, "m" if emphatic.lower == "lui-même" else "f", "stressed")]


def _source_sex(person) -> str | None:
    """'f' or 'm' when the English evidence for the person says one sex only (None: nothing, or both)."""
    totals = person.score(SOURCE_KINDS)
    if totals[FEMALE] > 0 and not totals[MALE]:
        return "f"
    if totals[MALE] > 0 and not totals[FEMALE]:
        return "m"
    return None


def _clause_subject(tokens: list[Token], i: int) -> bool:
    """The il/elle opens its clause: the sentence's start or a coordinator or comma before it."""
    return i == 0 or tokens[i - 1].lower in ("et", "puis", "mais", ",", ";") or tokens[i - 1].text[:1].isupper() and i == 1
