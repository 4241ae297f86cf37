"""People in the French target: names, titles, role phrases, pronouns, and what agrees with them.

Each French phrase that refers to a person becomes a :class:`Reference` with
the gendered words that must match the person's gender. A phrase is tied to a
person by the person's name in the same sentence, or through the aligned
English sentence (the English "the Russian" or "he" that was resolved to
the person), never by guessing from the French alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import BilingualDocument, Evidence
from .agreement import (PREPOSITIONS, GenderedWord, is_adverb, is_agreeing_word, is_fixed_gender_noun, is_person_noun,
                        is_clear_person_noun, is_plural, is_role_noun, noun_phrase_words, role_noun_gender,
                        verb_group_words, word_gender)
from .cast import WEIGHTS, Cast, Mention, Person
from .lexicon import determiner_gender, get_lexicon
from .tokens import Token, edit_distance_at_most_one, fold, quotation_spans, tokenize
from .wordlists import PARTICLES, translates_role

SUBJECT_PRONOUNS = {"il": "m", "elle": "f"}
EMPHATIC_PRONOUNS = {"lui-même": "m", "elle-même": "f"}
_FRENCH_PREPOSITIONS = {"avec", "pour", "selon", "contre", "chez", "sans", "envers", "derrière", "devant",
                        "après", "avant", "par", "sur", "vers", "d'après", "auprès", "entre"}
_ENGLISH_PREPOSITIONS = {"with", "for", "to", "against", "by", "without", "behind", "after", "before",
                         "about", "toward", "towards", "from", "on", "of", "beside"}
_ENGLISH_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                           "she": "f", "her": "f", "hers": "f", "herself": "f"}
ENGLISH_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)
# Words that open a clause with another subject: what follows is no longer about the name.
CLAUSE_OPENERS = {"qui", "que", "qu'", "dont", "où", "laquelle", "lequel", "lesquels", "lesquelles", "il", "elle",
                  "ils", "elles", "on"}
# "il" that stands for nobody: il y a, il faut, il est clair que...
IMPERSONAL_NEXT = {"y", "faut", "fallait", "faudra", "faudrait", "semble", "semblait", "paraît", "s'agit",
                   "s'agissait", "reste", "restait", "pleut", "suffit", "suffisait", "convient", "importe",
                   "arrive", "existe", "manque", "se"}
NOT_SUBJECT_BEFORE = PREPOSITIONS | {"par"}
# "il est possible que", "il lui était impossible de": adjectives of an impersonal il
# ("il était accompagné de" is a man, so participles are not listed)
IMPERSONAL_ADJECTIVES = {"possible", "impossible", "clair", "évident", "nécessaire", "important", "difficile",
                         "facile", "probable", "improbable", "certain", "vrai", "faux", "normal", "urgent",
                         "essentiel", "utile", "inutile", "interdit", "exclu", "prévu", "question", "temps",
                         "dommage", "tôt", "tard", "préférable", "souhaitable", "indispensable", "crucial",
                         "vital", "primordial", "impératif", "légitime", "logique", "naturel", "rare",
                         "fréquent", "courant", "permis", "obligatoire", "regrettable", "étonnant",
                         "surprenant", "juste", "injuste", "bon", "mieux", "suffisant", "inconcevable",
                         "inacceptable", "envisageable", "peu", "hors", "donné", "donnée", "accordé", "arrivé"}
_IMPERSONAL_CLITICS = {"lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "ne", "n'", "en"}
_IMPERSONAL_PARTICIPLES = {"fallu", "semblé", "paru", "suffi", "plu"}


def _english_other_subjects(tokens: list[Token]) -> bool:
    """An English "it" or "they" that can be a subject ("it was", "they said", "it's"), which a French
    il/elle may translate; "aware of it." or "signed it" cannot."""
    for n, token in enumerate(tokens):
        if token.lower in ("it's", "they're", "itself", "themselves", "its"):
            return True
        if token.lower in ("it", "they"):
            following = tokens[n + 1].text if n + 1 < len(tokens) else ""
            if following[:1].isalpha() and following.islower():
                return True
    return False


def _speaker_pronoun(tokens: list[Token], i: int) -> bool:
    """"a-t-il déclaré", "ajoute-t-elle", "dit-il": an inverted pronoun by a speech verb."""
    if i == 0 or tokens[i - 1].text not in ("-t-", "-"):
        return False
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    before = tokens[i - 2].lower if i >= 2 else ""
    return after in SPEECH_VERBS or before in SPEECH_VERBS


def _reported_subject(tokens: list[Token], i: int, named_before: dict[int, str]) -> str | None:
    """The person named as the speaker in "Sherman a déclaré (aux journalistes) qu'elle...",
    whose reported subject pronoun is at ``i`` (in news, "X said she" is X), else None."""
    if i < 2 or tokens[i - 1].lower not in ("qu'", "qu’", "que"):
        return None
    verb = next((k for k in range(i - 2, max(i - 6, 0) - 1, -1) if tokens[k].lower in SPEECH_VERBS), None)
    if verb is None or not all(t.is_word for t in tokens[verb + 1:i - 1]):
        return None  # "a déclaré aux journalistes qu'", not across a comma or a quote
    j = verb - 1
    if j >= 0 and tokens[j].lower in ("a", "avait", "aurait", "ont"):
        j -= 1
    return named_before.get(tokens[j].end) if j >= 0 else None


def _impersonal(tokens: list[Token], i: int) -> bool:
    """The il at ``i`` stands for nobody: "il y a", "il s'agit", "il lui a fallu", "il ne faut"."""
    j = i + 1
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT:
        return True
    if j + 1 < len(tokens) and tokens[j].lower in ("s'", "s’") and tokens[j + 1].lower.startswith("agi"):
        return True
    while j < len(tokens) and tokens[j].lower in _IMPERSONAL_CLITICS:
        j += 1
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT - {"y", "se"}:
        return True
    if j + 1 < len(tokens) and tokens[j].lower == "y" and tokens[j + 1].lower in ("a", "avait", "aura", "aurait", "eut"):
        return True  # "il n'y a"
    if tokens[i].lower == "il" and j < len(tokens) and tokens[j].lower in ("est", "était", "serait", "sera", "fut",
                                                                          "soit", "fût"):
        # "il (lui) était impossible de", "il n'est pas clair que": an adjective that names no one,
        # then de/que (not "il était ministre de la Défense")
        k = j + 1
        while k < len(tokens) and is_adverb(tokens[k].lower):
            k += 1
        return k + 1 < len(tokens) and tokens[k].lower in IMPERSONAL_ADJECTIVES \
            and tokens[k + 1].lower in ("que", "qu'", "qu’", "de", "d'", "d’")
    return j + 1 < len(tokens) and tokens[j].lower in ("a", "avait", "aurait", "aura") \
        and tokens[j + 1].lower in _IMPERSONAL_PARTICIPLES

# Words that look like adjectives or participles but open a phrase as prepositions or adverbs.
NOT_AGREEING_OPENERS = {"pendant", "durant", "suivant", "concernant", "moyennant", "nonobstant", "touchant",
                        "excepté", "vu", "attendu", "passé", "hormis", "sauf", "tout", "toute", "tous", "toutes",
                        "même", "seul", "plein", "bien", "dans", "en", "selon", "comme", "ainsi", "certes"}
# Verbs that attribute a quotation to its speaker.
SPEECH_VERBS = {"déclaré", "dit", "ajouté", "affirmé", "expliqué", "indiqué", "souligné", "estimé", "précisé",
                "poursuivi", "assuré", "lancé", "confié", "répondu", "raconté", "martelé", "insisté", "déploré",
                "noté", "averti", "prévenu", "reconnu", "admis", "écrit", "tweeté", "annoncé", "jugé", "commenté",
                "observé", "relevé", "rappelé", "conclu", "résumé", "plaidé", "protesté", "regretté", "dénoncé",
                "déclare", "dit", "ajoute", "affirme", "explique", "indique", "souligne", "estime", "précise",
                "poursuit", "assure", "lance", "confie", "répond", "raconte", "martèle", "insiste", "déplore",
                "selon", "déclarait", "disait", "ajoutait"}


@dataclass
class Reference:
    """A French phrase referring to a person, with the words that show a gender."""

    person: str
    segment: str
    kind: str  # title, phrase, pronoun
    words: list[GenderedWord] = field(default_factory=list)
    source_mention: Mention | None = None  # the English words it corresponds to, when known


NOT_PHRASE_DETERMINERS = {"il", "elle", "lui", "ils", "elles", "eux", "du", "au", "de la", "à la", "des",
                          "aux", "tout", "tous", "toute", "toutes", "l'un", "l'une", "l'autre"}


def _has_speech_verb(text: str) -> bool:
    return any(t.lower in SPEECH_VERBS for t in tokenize(text))


def is_phrase_determiner(token: Token) -> bool:
    """A determiner that can open a phrase naming a person (le, la, l', un, une, son, cette...)."""
    return token.lower not in NOT_PHRASE_DETERMINERS and determiner_gender(token.text) is not None


class TargetReader:
    def __init__(self, doc: BilingualDocument, cast: Cast):
        self.doc = doc
        self.cast = cast
        self.references: list[Reference] = []
        self.first_of_segment = 0
        self._target_mentions: list[Mention] = []
        self.names: dict[str, list[str]] = {}
        self._name_memo: dict[str, list[str] | None] = {}
        for person in cast.people:
            self.names.setdefault(fold(person.surname or person.key), []).append(person.key)

    def _keys_for(self, word: str) -> list[str] | None:
        """People whose surname is ``word``, exactly or but for one letter (Riabkov); memoised."""
        if word in self._name_memo:
            return self._name_memo[word]
        folded = fold(word)
        keys = self.names.get(folded)
        if keys is None and len(folded) >= 6:
            for name, candidates in self.names.items():
                if len(name) >= 6 and edit_distance_at_most_one(folded, name):
                    keys = candidates
                    break
        self._name_memo[word] = keys
        return keys

    def person_of(self, tokens: list[Token], i: int, seg=None) -> tuple[str, int] | None:
        """(person key, index of the name's first token) for a surname at ``i``; a surname that
        several people bear counts with the first name before it, or when the aligned English
        sentence names only one of them."""
        token = tokens[i]
        if not token.text[:1].isupper() or len(token.text) < 2:
            return None
        keys = self._keys_for(token.text)
        if not keys:
            return None
        previous = fold(tokens[i - 1].text) if i > 0 and tokens[i - 1].text[:1].isupper() else ""
        for key in keys:
            first = fold(self.cast.person(key).first_name)
            if previous and first and (previous == first or
                                       (len(first) >= 5 and edit_distance_at_most_one(previous, first))):
                return key, self._name_start(key, tokens, i - 1)
        if len(keys) == 1:
            return keys[0], self._name_start(keys[0], tokens, i)
        named = {m.person for m in self.cast.mentions(seg.id, "source")} & set(keys) if seg is not None else ()
        return (next(iter(named)), i) if len(named) == 1 else None

    def _name_start(self, key: str, tokens: list[Token], start: int) -> int:
        """Back over the rest of the person's name: "Tedros Adhanom Ghebreyesus" starts at Tedros,
        "Luis de Guindos" at Luis."""
        words = {fold(w) for w in self.cast.person(key).name.split()}
        while start > 0 and fold(tokens[start - 1].text) in words \
                and (tokens[start - 1].text[:1].isupper() or tokens[start - 1].lower in PARTICLES):
            start -= 1  # "Luis de Guindos", "Ursula von der Leyen"
        return start

    def read(self) -> None:
        """Every segment's references; a segment whose translation did not change since the last
        read (same source cast) is taken from the cache, so a re-check after one edit reads one."""
        cache = self.cast.target_cache
        for seg in self.doc.segments:
            if seg.target is None or not seg.target.text.strip():
                continue
            key = (seg.id, seg.target.text)
            self.first_of_segment = len(self.references)  # this segment's references start here
            hit = cache.get(key)
            if hit is None:
                mentions_before = len(self._target_mentions)
                self._read_segment(seg, tokenize(seg.target.text))
                hit = (self.references[self.first_of_segment:], self._target_mentions[mentions_before:])
                cache[key] = hit
            else:
                self.references.extend(hit[0])
                for mention in hit[1]:
                    self.cast.add_mention(mention)
            self.cast_french_evidence(seg)

    def _add_mention(self, mention: Mention) -> None:
        self._target_mentions.append(mention)
        self.cast.add_mention(mention)

    # -- one segment
    def _read_segment(self, seg, tokens: list[Token]) -> None:
        used: set[int] = set()  # token indices already part of a reference
        for i, token in enumerate(tokens):
            found = self.person_of(tokens, i, seg)
            if found is None:
                continue
            key, start = found
            self._add_mention(Mention(key, seg.id, "target", tokens[start].start, token.end,
                                      seg.target.text[tokens[start].start:token.end], "name"))
            self._name_phrase(seg, tokens, start, i, key, used)
        self._role_phrases(seg, tokens, used)
        self._pronouns(seg, tokens, used)
        self._prepositional_pronouns(seg, tokens, tokenize(seg.source.text, False))
        self._first_person_quotes(seg, tokens)

    def _name_phrase(self, seg, tokens, start: int, end: int, key: str, used: set[int]) -> None:
        """Title and appositions around a name, and the verb group that follows it."""
        from .titles import french_title_gender

        subject_start = start
        if start > 0:
            title = french_title_gender(tokens[start - 1].text)
            if title and title[0] in ("m", "f"):
                gender = title[0][:1]
                self.references.append(Reference(key, seg.id, "title",
                                                 [GenderedWord(tokens[start - 1], gender, "title")]))
                subject_start = start - 1
                used.add(start - 1)
        words: list[GenderedWord] = []
        # role phrase just before the name: "la secrétaire d'État adjointe américaine Wendy Sherman"
        before = self._phrase_before(tokens, subject_start)
        if before:
            det_index, phrase_words = before
            words += phrase_words
            subject_start = det_index
            used.update(range(det_index, start))
        elif start > 1 and tokens[start - 1].text == ",":
            words += self._fronted_phrase(tokens, start - 1)  # "Interrogée par Reuters, Sherman a..."
        after_index = end + 1
        parenthetical = start > 0 and tokens[start - 1].text == ","
        # "X qui est l'auteure de...": the relative clause agrees with X
        relative = after_index + (1 if after_index < len(tokens) and tokens[after_index].text == "," else 0)
        if relative < len(tokens) and tokens[relative].lower == "qui":
            words += verb_group_words(tokens, relative + 1)
        # apposition after the name: "Sherman, ancienne diplomate et négociatrice, a déclaré"
        if after_index < len(tokens) and tokens[after_index].text == ",":
            close = self._apposition_end(tokens, after_index + 1)
            if close is not None:
                words += self._apposition_words(tokens, after_index + 1, close)
                after_index = close + 1  # also skips "X, qui a pris ses fonctions en 2021, ..."
            elif parenthetical:
                after_index += 1  # "le nouveau directeur, Claire Fontaine, a été nommée"
        if self._is_subject(tokens, subject_start) and not self._fixed_gender_subject(tokens, subject_start, start):
            words += verb_group_words(tokens, after_index)
            words += self._as_role(tokens, after_index)
        if words:
            self.references.append(Reference(key, seg.id, "phrase", words))

    @staticmethod
    def _sentence_start(tokens, index: int) -> int:
        for j in range(index - 1, -1, -1):
            if tokens[j].text in ".!?;:«»\"“”":
                return j + 1
        return 0

    def _fronted_phrase(self, tokens, comma: int) -> list[GenderedWord]:
        """A phrase opening the sentence and describing the subject that follows the comma:
        "Un athlète talentueux, Heaney...", "Née à Paris et élevée à Lyon, X...", "Intéressé par..."."""
        begin = self._sentence_start(tokens, comma)
        if comma - begin < 1 or comma - begin > 10 or not tokens[begin].is_word:
            return []
        first = tokens[begin]
        if first.lower in NOT_AGREEING_OPENERS:
            return []  # "Pendant ce temps, Alice..."
        if is_phrase_determiner(first) and first.lower in ("un", "une", "le", "la"):
            words, _ = noun_phrase_words(tokens, begin, comma)
            return words
        words = []
        for j in range(begin, comma):
            token = tokens[j]
            opens = j == begin or tokens[j - 1].lower in ("et", ",", "ou", "mais")
            if opens and token.is_word and (is_agreeing_word(token.text) or is_person_noun(token.text)):
                gender = word_gender(token.text)
                if gender:
                    kind = "noun" if is_person_noun(token.text) and not is_agreeing_word(token.text) else "adjective"
                    words.append(GenderedWord(token, gender, kind))
            elif j == begin:
                return []
        return words

    @staticmethod
    def _as_role(tokens, begin: int) -> list[GenderedWord]:
        """"... en tant qu'enseignante, conseillère et recruteuse", "... comme journaliste": roles the
        subject held, in the same clause (up to the next sentence end)."""
        words = []
        for j in range(begin, len(tokens) - 2):
            if tokens[j].text in ".!?;" or tokens[j].lower in CLAUSE_OPENERS:
                break  # "..., dans laquelle elle incarne ... comme directrice": another subject
            as_role = tokens[j].lower == "en" and tokens[j + 1].lower == "tant" and tokens[j + 2].lower in ("que", "qu'")
            # "travaillait comme ingénieure": comme + a role noun without a determiner
            like_role = tokens[j].lower == "comme" and tokens[j + 1].text.islower() \
                and is_person_noun(tokens[j + 1].text) and determiner_gender(tokens[j + 1].text) is None
            if as_role or like_role:
                k = j + 3 if as_role else j + 1
                while k < len(tokens):
                    token = tokens[k]
                    if token.lower in ("et", "ou", ",", "un", "une", "que", "qu'") or token.text in ("’",):
                        k += 1
                        continue
                    if not token.is_word or token.lower in NOT_AGREEING_OPENERS or token.lower in PREPOSITIONS \
                            or not (is_person_noun(token.text) or is_agreeing_word(token.text)):
                        break  # "comme infirmière pendant dix ans": pendant opens the next phrase
                    gender = word_gender(token.text)
                    if gender and not is_plural(token.text):
                        kind = "noun" if is_person_noun(token.text) else "adjective"
                        words.append(GenderedWord(token, gender, kind))
                    k += 1
                break
        return words

    @staticmethod
    def _fixed_gender_subject(tokens, begin: int, name_start: int) -> bool:
        """"La victime, John Miller, a été transportée": the verb agrees with victime, not the man."""
        first = min(begin, max(0, name_start - 4))
        return any(is_fixed_gender_noun(t.text) for t in tokens[first:name_start])

    @staticmethod
    def _is_subject(tokens, index: int) -> bool:
        if index == 0:
            return True
        before = tokens[index - 1].lower
        return before not in NOT_SUBJECT_BEFORE and before != "qui"

    def _phrase_before(self, tokens, name_start: int):
        """(determiner index, gendered words) of a role phrase ending right before a name."""
        stop = name_start
        if stop > 0 and tokens[stop - 1].text == ",":
            stop -= 1
        for det_index in range(stop - 1, max(-1, stop - 9), -1):
            token = tokens[det_index]
            if token.text in ".;:!?«»\"()":
                return None
            if is_phrase_determiner(token):
                words, end = noun_phrase_words(tokens, det_index, stop)
                inside = tokens[det_index + 1:end]  # "le Premier ministre": ministre is the head
                head = next((t.text for t in inside if is_clear_person_noun(t.text)),
                            next((t.text for t in inside if is_person_noun(t.text)), ""))
                # "la secrétaire d'État adjointe X", but not "la mort du baron X" or "sa carrière
                # ... de Brandon": a complement between the head and the name needs a role noun
                complement = end < stop and tokens[end].lower in ("de", "d'", "du", "des", "au", "aux") \
                    and stop - end <= 6 and all(t.is_word for t in tokens[end:stop]) and is_role_noun(head)
                if words and (end == stop or complement) and is_clear_person_noun(head):
                    return det_index, words
        return None

    @staticmethod
    def _apposition_end(tokens, begin: int) -> int | None:
        """Index of the comma closing an apposition that starts at ``begin``, within 8 tokens."""
        for j in range(begin, min(len(tokens), begin + 13)):
            if tokens[j].text == ",":
                return j
            if tokens[j].text in ".;:!?()«»\"":
                return None
        return None

    @staticmethod
    def _apposition_words(tokens, begin: int, close: int) -> list[GenderedWord]:
        """Gendered words of "ancienne diplomate et négociatrice" (optionally with a determiner)."""
        if is_phrase_determiner(tokens[begin]):
            words, end = noun_phrase_words(tokens, begin, close)
            reaches = end == close or tokens[end].lower in ("de", "d'", "du", "des")
            return words if reaches else []  # "John Reed, l'orgueilleuse indifférence de..." is no apposition
        first = tokens[begin]
        if not first.is_word or first.lower in NOT_AGREEING_OPENERS \
                or not (is_agreeing_word(first.text) or is_person_noun(first.text)):
            return []  # ", dans une...", ", en retournant...": not an apposition about the person
        if get_lexicon().is_participle(first.text) and not is_person_noun(first.text):
            gender = word_gender(first.text, ("VERB", "ADJ"))  # "Merkel, arrivée lundi à Paris, a..."
            return [GenderedWord(first, gender, "participle")] if gender else []
        words, person_noun = [], False
        for j in range(begin, close):
            token = tokens[j]
            if token.lower == "et":
                continue
            if token.lower in ("de", "d'", "du", "des"):
                break
            if not token.is_word:
                return []
            if is_person_noun(token.text):
                person_noun = True
            gender = word_gender(token.text)
            if gender:
                kind = "noun" if is_person_noun(token.text) else "adjective"
                words.append(GenderedWord(token, gender, kind))
        return words if person_noun else []

    def _role_phrases(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"La Russe", "le ministre": tied to the person an English role phrase names."""
        source_roles = [m for m in self.cast.mentions(seg.id, "source") if m.kind == "role"]
        if not source_roles:
            return
        found = []
        for i, token in enumerate(tokens[:-1]):
            if i in used or not is_phrase_determiner(token):
                continue
            if not is_person_noun(tokens[i + 1].text) \
                    or not any(translates_role(m.text, tokens[i + 1].text) for m in source_roles):
                continue
            if i > 0 and tokens[i - 1].lower in ("de", "d'", "à"):
                continue
            found.append(i)
        people = {m.person for m in source_roles}
        if len(found) != len(source_roles) and len(people) != 1:
            return
        for n, i in enumerate(found):
            mention = source_roles[min(n, len(source_roles) - 1)]
            if not translates_role(mention.text, tokens[i + 1].text):
                continue
            stop = i + 2
            while stop < len(tokens) and tokens[stop].is_word and tokens[stop].lower not in ("a", "est", "s'") \
                    and stop < i + 6:
                stop += 1
            words, phrase_end = noun_phrase_words(tokens, i, stop)
            if not words:
                continue
            if self._is_subject(tokens, i):
                words += verb_group_words(tokens, phrase_end)
            used.update(range(i, phrase_end))
            self.references.append(Reference(mention.person, seg.id, "phrase", words, mention))

    def _pronouns(self, seg, tokens: list[Token], used: set[int]) -> None:
        """Subject il/elle, tied to a person only when the English sentence's he/she all name them."""
        source = self.cast.mentions(seg.id, "source")
        he_she = [m for m in source if m.kind == "pronoun" and m.text.lower() in ("he", "she")]
        if not he_she:
            # "Her debut came in 1985" -> "Il a fait ses débuts": an unnamed person's his/her/him
            pronouns = [m for m in source if m.kind == "pronoun"]
            if pronouns and len({m.person for m in pronouns}) == 1 and self.cast.person(pronouns[0].person).anonymous:
                he_she = pronouns
            else:
                self._predicate_pronouns(seg, tokens, used)
                return
        if len({m.person for m in he_she}) != 1:
            self._reported_pronouns(seg, tokens, used, he_she)
            return
        person = self.cast.person(he_she[0].person)
        english = tokenize(seg.source.text)
        other_referents = _english_other_subjects(english)
        if person.anonymous and {t.lower for t in english} & {"it", "they", "them"}:
            other_referents = True  # nobody named: any it/they may be what the French il/elle means
        expected = _ENGLISH_PRONOUN_GENDER[he_she[0].text.lower()]
        if not other_referents:  # "Moscou elle-même" may translate "Moscow itself"
            self._emphatic_pronouns(seg, tokens, person, expected, he_she[0])
        subjects = [i for i, t in enumerate(tokens) if t.lower in SUBJECT_PRONOUNS and i not in used
                    and not _impersonal(tokens, i)]
        named_before = {m.end: m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        speakers = {i for i in subjects if _speaker_pronoun(tokens, i)  # "», a-t-elle déclaré": a person
                    or _reported_subject(tokens, i, named_before) == person.key}  # "X a déclaré qu'il"
        plain = [i for i in subjects if i not in speakers]
        wrong = [i for i in plain if SUBJECT_PRONOUNS[tokens[i].lower] != expected]
        # both genders in the French, or more wrong ones than the English has: other referents,
        # unless the French has no more pronouns than the English and the English has no "it"
        other_pronouns = wrong and (len(wrong) > len(he_she) or (
            len(wrong) < len(plain) and (len(plain) > len(he_she) or other_referents)))
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used:
                continue
            if _impersonal(tokens, i):
                continue
            if i in speakers:
                words = [GenderedWord(token, gender, "pronoun")]
                if tokens[i - 1].text not in ("-t-", "-"):  # "qu'elle avait été émue"
                    words += verb_group_words(tokens, i + 1)
                self.references.append(Reference(person.key, seg.id, "pronoun", words, he_she[0]))
                continue
            if other_pronouns:
                continue
            pronoun_gender_matches = gender == expected
            if not pronoun_gender_matches and other_referents:
                continue  # "elle" may translate "it" (la Russie, la discussion)
            words = [GenderedWord(token, gender, "pronoun")]
            inverted = i > 0 and tokens[i - 1].text in ("-t-", "-")
            if not inverted:
                words += verb_group_words(tokens, i + 1)
            self.references.append(Reference(person.key, seg.id, "pronoun", words, he_she[0]))

    def _prepositional_pronouns(self, seg, tokens: list[Token], english: list[Token]) -> None:
        """"d'accord avec lui" where the English says "agreed with her": one lui/elle after a
        preposition against one him/her after one in the English, tied to whom the English
        pronoun was resolved to."""
        theirs = [t for n, t in enumerate(english)
                  if t.lower in ("him", "her") and n > 0 and english[n - 1].lower in _ENGLISH_PREPOSITIONS]
        ours = [t for n, t in enumerate(tokens)
                if t.lower in ("lui", "elle") and n > 0 and tokens[n - 1].lower in _FRENCH_PREPOSITIONS]
        if len(theirs) != 1 or len(ours) != 1:
            return
        mention = next((m for m in self.cast.mentions(seg.id, "source")
                        if m.kind == "pronoun" and m.start == theirs[0].start), None)
        gender = {"lui": "m", "elle": "f"}[ours[0].lower]
        if mention is not None and gender != _ENGLISH_PRONOUN_GENDER[theirs[0].lower]:
            self.references.append(Reference(mention.person, seg.id, "pronoun",
                                             [GenderedWord(ours[0], gender, "pronoun")], mention))

    def _reported_pronouns(self, seg, tokens: list[Token], used: set[int], he_she: list) -> None:
        """Several people in the sentence: only "X a déclaré qu'elle" is tied, to X, and only when
        the English gives X a he or she of its own ("Von der Leyen said she..., Scholz said he...")."""
        named_before = {m.end: m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        english = {m.person: m for m in he_she}
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used or _impersonal(tokens, i):
                continue
            key = _reported_subject(tokens, i, named_before)
            if key in english:
                words = [GenderedWord(token, gender, "pronoun")] + verb_group_words(tokens, i + 1)
                self.references.append(Reference(key, seg.id, "pronoun", words, english[key]))

    def _emphatic_pronouns(self, seg, tokens: list[Token], person: Person, expected: str, mention) -> None:
        """"interprété par Peniston lui-même" where the English has herself: lui-même/elle-même
        stand for the person the English pronouns all name."""
        for token in tokens:
            gender = EMPHATIC_PRONOUNS.get(token.lower)
            if gender and gender != expected:
                self.references.append(Reference(person.key, seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "pronoun")], mention))

    def _predicate_pronouns(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"Wasilewska a rejoint le PPS lorsqu'il était étudiant": the English has no he/she ("as a
        student"), the French sentence names one person and its il/elle is said to be a role noun,
        so the pronoun can only be that person."""
        named = {m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        english = {m.person for m in self.cast.mentions(seg.id, "source")}
        if len(named) != 1 or english - named or ENGLISH_PERSONAL.search(seg.source.text):
            return  # an English he/she/his/her tied to nobody is someone else, unnamed
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used or (i > 0 and tokens[i - 1].text in ("-t-", "-")):
                continue
            words = verb_group_words(tokens, i + 1)
            if any(w.kind == "noun" or (w.kind == "adjective" and role_noun_gender(w.token.text))
                   for w in words):  # "étudiant" is a role; "mécontent" may just describe
                self.references.append(Reference(next(iter(named)), seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "pronoun")] + words))

    def _first_person_quotes(self, seg, tokens: list[Token]) -> None:
        """"Je suis très inquiète", a déclaré M. X: inside a quotation, first-person agreement
        follows the speaker, found by a name or a resolved pronoun right after (or before) it."""
        text = seg.target.text
        for open_at, close_at in quotation_spans(text):
            speaker = self._speaker(seg, open_at, close_at)
            if speaker is None:
                continue
            inside = [i for i, t in enumerate(tokens) if open_at <= t.start and t.end <= close_at]
            for i in inside:
                if tokens[i].lower in ("je", "j'", "j’"):
                    words = [w for w in verb_group_words(tokens, i + 1) if w.token.end <= close_at]
                    if words:
                        self.references.append(Reference(speaker, seg.id, "quote", words))

    def _speaker(self, seg, open_at: int, close_at: int) -> str | None:
        """The person a speech verb ties to the quotation: "», a déclaré X" or "X a dit : «"."""
        text = seg.target.text
        stop = min([close_at + 90] + [k for k in (text.find(". ", close_at + 1), text.find("«", close_at + 1))
                                      if k > 0])
        after = [m for m in self.cast.mentions(seg.id, "target") if close_at <= m.start <= stop]
        after += [Mention(r.person, seg.id, "target", r.words[0].token.start, r.words[0].token.end, "", "pronoun")
                  for r in self.references[self.first_of_segment:] if r.kind == "pronoun"
                  and close_at <= r.words[0].token.start <= close_at + 25]
        if after:
            first = min(after, key=lambda m: m.start)
            if _has_speech_verb(text[close_at:first.end + 25]):  # "», a-t-elle ajouté", "», a dit X"
                return first.person
            return None
        before = [m for m in self.cast.mentions(seg.id, "target") if m.end <= open_at
                  and ":" in text[m.end:open_at] and open_at - m.end < 40 and _has_speech_verb(text[m.end:open_at])]
        return before[-1].person if before else None

    def cast_french_evidence(self, seg) -> None:
        """French titles and agreement count as weak evidence (they may be the errors)."""
        for ref in self.references[self.first_of_segment:]:
            person: Person = self.cast.person(ref.person)
            for word in ref.words:
                gender = {"m": "male", "f": "female"}.get(word.gender)
                if not gender or word.kind in ("determiner",) and word.token.text.endswith(("'", "’")):
                    continue
                kind = "french-title" if word.kind == "title" else "french-agreement"
                person.add_evidence(Evidence(word.token.text, "target", seg.id, word.token.start, word.token.end,
                                             seg.target_paragraph_index, kind, gender), WEIGHTS[kind])


def find_target_mentions(doc: BilingualDocument, cast: Cast) -> list[Reference]:
    reader = TargetReader(doc, cast)
    reader.read()
    cast.references = reader.references
    return reader.references
