"""People in the French target: names, titles, role phrases, pronouns, and what agrees with them.

Each French phrase that refers to a person becomes a :class:`Reference` with
the gendered words that must match the person's gender. A phrase is tied to a
person by the person's name in the same sentence, or through the aligned
English sentence (the English "the Russian" or "he" that was resolved to
the person), never by guessing from the French alone.
"""
from __future__ import annotations

import re

from ..model import BilingualDocument, Evidence
from .agreement import coordinated_predicates, past_age, past_participle_adjunct, verb_group_words
from .predicate_nouns import adjective_phrase_before, noun_phrase_words, office_role_words, one_of_words
from .cast import WEIGHTS, Cast, Mention, Person
from .french_groups import plural_role_references
from .french_home import home_references
from .french_clauses import (main_verb_after_relative, object_relative_participle, past_age_apposition,
                             past_complement, past_dont_relative, relative_between_commas)
from .french_words import (GenderedWord, is_adverb, is_agreeing_word, is_fixed_gender_noun, is_person_noun, is_plural,
                           is_role_noun, other_gender_noun)
from .reference import Reference
from .french_phrases import (ETRE_FORMS, OBJECT_ATTRIBUTE_VERBS, TITLE_ADJECTIVES, PhraseReader, alone_after_verb,
                             after_speech_verb, detached_participle, gerund_copula, is_phrase_determiner, role_apposition,
                             verb_follows)
from .french_pronouns import PronounReader
from .verb_words import AVOIR, ETRE
from ..nlp.tokens import Token, edit_distance_at_most_one, fold, tokenize
from .gendered_words import french_kinship_noun
from .titles import english_gendered_word
from .wordlists import PARTICLES, translates_role


_AGE = re.compile(r"\b(\d{1,3})-year-old\b")


def _same_age(english_phrase: str, tokens: list[Token], j: int) -> bool:
    """"the 27-year-old" and a French "de 27 ans" right after the noun at ``j - 1``."""
    age = _AGE.search(english_phrase)
    if age is not None and 0 < j <= len(tokens):  # "the 52-year-old" -> "la quinquagénaire"
        decade = _AGE_NOUNS.get(tokens[j - 1].lower.rstrip("s"))
        if decade is not None and int(age.group(1)) // 10 * 10 == decade:
            return True
    return age is not None and j + 2 < len(tokens) and tokens[j].lower in ("de", "d'", "d’") \
        and tokens[j + 1].text == age.group(1) and tokens[j + 2].lower == "ans"


_AGE_NOUNS = {"trentenaire": 30, "quadragénaire": 40, "quinquagénaire": 50, "sexagénaire": 60,
              "septuagénaire": 70, "octogénaire": 80, "nonagénaire": 90, "centenaire": 100}


# Titles before a name that say no gender ("le Dr Fiss", "le professeur Mansouri" is read as a phrase).
_EPICENE_TITLES = {"dr", "pr", "me"}
# faire, making someone something: "a fait de X une vedette"
MAKE_FORMS = {"fait", "fit", "firent", "font", "fera", "feront", "ferait", "feraient", "faisait", "faisaient", "faire",
              "fasse", "fassent"}
# Nouns whose "de" + a role names the office someone holds: "le rôle de présidente".
_OFFICE_NOUNS = {"rôle", "poste", "fonction", "fonctions", "titre", "statut", "grade", "rang"}
_REGNAL = re.compile(r"[IVX]{1,5}(?:er|e)?")


class TargetReader(PronounReader, PhraseReader):
    """Reads the French target into :class:`Reference` objects tied to the cast's people."""

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
        following = fold(tokens[i + 1].text) if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper() else ""
        if following and len(keys) > 1:  # "Chen Wei-ming" beside "Mei Chen": the given name follows
            for key in keys:
                if fold(self.cast.person(key).first_name) == following:
                    return key, i
        for key in keys:
            first = fold(self.cast.person(key).first_name)
            if previous and first and (previous == first or
                                       (len(first) >= 5 and edit_distance_at_most_one(previous, first))):
                return key, self._name_start(key, tokens, i - 1)
        if len(keys) == 1:
            return keys[0], self._name_start(keys[0], tokens, i)
        # named by name, and no other bearer in the sentence: a pronoun is no name ("Mendes thanked
        # him": him is the brother, Mendes may be either), and one of the other bearer leaves it open
        mentions = self.cast.mentions(seg.id, "source") if seg is not None else []
        named = {m.person for m in mentions if m.kind in ("name", "surname")} & set(keys)
        present = {m.person for m in mentions} & set(keys)
        return (next(iter(named)), i) if len(named) == 1 and present == named else None

    def _name_end(self, key: str, tokens: list[Token], end: int) -> int:
        """Forward over the rest of the person's name after the surname ("Kim Ji-young", "Xi Jinping")."""
        person = self.cast.person(key)
        words = {fold(w) for w in person.name.split()} - {fold(person.surname)}
        while end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper() and fold(tokens[end + 1].text) in words:
            end += 1
        return end

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
            end = self._name_end(key, tokens, i)  # "Kim Ji-young": the given name after the family name
            self._add_mention(Mention(key, seg.id, "target", tokens[start].start, tokens[end].end,
                                      seg.target.text[tokens[start].start:tokens[end].end], "name"))
            self._name_phrase(seg, tokens, start, end, key, used)
        self._role_phrases(seg, tokens, used)
        self._sole_person_phrases(seg, tokens, used)
        self._sole_person_predicates(seg, tokens, used)
        self._pronouns(seg, tokens, used)
        self._prepositional_pronouns(seg, tokens, tokenize(seg.source.text, False))
        self._first_person_quotes(seg, tokens)
        self._object_clitics(seg, tokens)
        self.references.extend(home_references(self.cast, seg, tokens, self.references[self.first_of_segment:]))

    def _name_phrase(self, seg, tokens, start: int, end: int, key: str, used: set[int]) -> None:
        """Title and appositions around a name, and the verb group that follows it."""
        from .titles import french_title_gender

        subject_start = start
        wrapped = False
        words: list[GenderedWord] = []
        if start > 1 and tokens[start - 1].lower in ("de", "du", "d'", "d’") \
                and (french_title_gender(tokens[start - 2].text) or ("",))[0] in ("m", "f"):
            # "Madame de Marsan", "Monsieur d'Artagnan": the title before the name's particle
            gender = french_title_gender(tokens[start - 2].text)[0][:1]
            self.references.append(Reference(key, seg.id, "title", [GenderedWord(tokens[start - 2], gender, "title")]))
            used.add(start - 2)
        elif start > 0:
            title = french_title_gender(tokens[start - 1].text)
            if title and title[0] in ("m", "f"):
                gender = title[0][:1]
                self.references.append(Reference(key, seg.id, "title",
                                                 [GenderedWord(tokens[start - 1], gender, "title")]))
                subject_start = start - 1
                used.add(start - 1)
            if start > 1 and tokens[start - 1].lower.rstrip(".") in _EPICENE_TITLES | {"dre", "pre"} \
                    and tokens[start - 2].lower in ("le", "la"):
                # "la Dre X" says a woman; "le Dr X" is still written for women too, so it shows nothing
                if tokens[start - 2].lower == "la":
                    words.append(GenderedWord(tokens[start - 2], "f", "determiner"))
                subject_start = start - 2
                used.update((start - 2, start - 1))
        # role phrase just before the name: "la secrétaire d'État adjointe américaine Wendy Sherman"
        before = self._phrase_before(tokens, subject_start)
        if before is None:
            before = adjective_phrase_before(tokens, subject_start)  # "le jeune Anna Berg"
        if before and before[0] > 0 and french_title_gender(tokens[before[0] - 1].text):
            before = None  # "Monsieur le Président, Madame Doyle": the phrase is another person's vocative
        as_being = subject_start - (2 if subject_start > 1 and tokens[subject_start - 1].lower == "étant" else 1)
        if before is None and as_being > 0 and tokens[as_being].lower == "comme" \
                and self.cast.person(key).roles:  # "a identifié la suspecte comme étant Emma Rowe"
            found = self._phrase_before(tokens, as_being)
            if found and is_person_noun(tokens[found[0] + 1].text):
                self.references.append(Reference(key, seg.id, "phrase", found[1]))
                used.update(range(found[0], as_being))
        if before:
            det_index, phrase_words = before
            words += phrase_words
            subject_start = det_index
            used.update(range(det_index, start))
            # "et sa coéquipière, la médecin canadienne Sasha Morin": a second phrase before the first
            if det_index > 1 and tokens[det_index - 1].text == ",":
                earlier = self._phrase_before(tokens, det_index)
                if earlier and (earlier[0] == 0 or tokens[earlier[0] - 1].lower in ("et", "ou")):
                    words += earlier[1]
                    used.update(range(earlier[0], det_index))
                    wrapped = True  # "Sa femme, l'actrice X, n'était pas présente": the verb after is theirs
            # "a nommé directrice la conservatrice X": an attribute of the object, before it
            if det_index > 1 and tokens[det_index - 2].lower in OBJECT_ATTRIBUTE_VERBS \
                    and is_role_noun(tokens[det_index - 1].text):
                words += self._attribute(tokens, det_index - 1)
        else:
            lead = subject_start
            while lead > 0 and tokens[lead - 1].lower.rstrip(".") in _EPICENE_TITLES:
                lead -= 1  # "Pionnière dans ce domaine, le Dr Fiss": past the title and its article
            if lead < subject_start and lead > 0 and tokens[lead - 1].lower in ("le", "la", "l'", "l’"):
                lead -= 1
            if lead > 1 and tokens[lead - 1].text == ",":
                # "Interrogée par Reuters, Sherman a...", "Ancienne professeure, Mme Aydın a été nommée"
                words += self._fronted_phrase(tokens, lead - 1)
        after_index = end + 1
        if after_index < len(tokens) and _REGNAL.fullmatch(tokens[after_index].text):
            after_index += 1  # "la reine Elizabeth II, décédée en septembre,": the number is the name's
        parenthetical = start > 0 and tokens[start - 1].text == "," or wrapped
        # "a nommé Thandiwe Dlamini rectrice": an attribute of the object, after it
        if subject_start > 0 and tokens[subject_start - 1].lower in OBJECT_ATTRIBUTE_VERBS \
                and after_index < len(tokens) and is_role_noun(tokens[after_index].text):
            words += self._attribute(tokens, after_index)
        # "Ces romans ont fait de Bristow une écrivaine populaire": an attribute of the name
        if subject_start > 1 and tokens[subject_start - 1].lower in ("de", "d'", "d’") \
                and tokens[subject_start - 2].lower in MAKE_FORMS and after_index + 1 < len(tokens) \
                and tokens[after_index].lower in ("un", "une") and is_person_noun(tokens[after_index + 1].text):
            words += noun_phrase_words(tokens, after_index, min(len(tokens), after_index + 8))[0]
        # "X qui est l'auteure de...": the relative clause agrees with X
        relative = after_index + (1 if after_index < len(tokens) and tokens[after_index].text == "," else 0)
        if relative < len(tokens) and tokens[relative].lower == "qui":
            words += verb_group_words(tokens, relative + 1)
        # apposition after the name: "Sherman, ancienne diplomate et négociatrice, a déclaré"
        if after_index < len(tokens) and tokens[after_index].text == ",":
            close = self._apposition_end(tokens, after_index + 1, at_end=after_index + 1 < len(tokens)
                                         and is_phrase_determiner(tokens[after_index + 1]))
            participle = object_relative_participle(tokens, after_index)
            if participle is not None:  # "Maria Costa, que les électeurs ont réélue en 2020, prend"
                words.append(participle)
            if close is not None and parenthetical and _opens_verb_group(tokens, after_index + 1):
                close = None  # "L'ambassadeur, Olga Petrova, est arrivée à Rome, où": the name's own verb
            if close is not None:
                words += self._apposition_words(tokens, after_index + 1, close)
                after_index = close + 1  # also skips "X, qui a pris ses fonctions en 2021, ..."
                second = self._apposition_end(tokens, after_index) if tokens[close].text == "," else None
                more = self._apposition_words(tokens, after_index, second) if second is not None else []
                if more and not _opens_verb_group(tokens, after_index):  # "X, 38 ans, mère de trois enfants, a été"
                    words += more
                    after_index = second + 1
            elif parenthetical:
                after_index += 1  # "le nouveau directeur, Claire Fontaine, a été nommée"
        if after_index < len(tokens) and tokens[after_index].lower in ("elle-même", "lui-même"):
            # "Goldfaden elle-même était": the emphatic pronoun right after the name is the name's
            words.append(GenderedWord(tokens[after_index], "f" if tokens[after_index].lower == "elle-même" else "m",
                                      "stressed"))
            after_index += 1
        if self._is_subject(tokens, subject_start) and not self._fixed_gender_subject(tokens, subject_start, start):
            words += verb_group_words(tokens, after_index)
            words += self._as_role(tokens, after_index)
            words += detached_participle(tokens, after_index)
            words += gerund_copula(tokens, after_index)
            words += alone_after_verb(tokens, after_index)  # "Mme Díaz, veuve, vit seule"
            words += coordinated_predicates(tokens, after_index)  # "X a déménagé ... et est retournée"
        elif after_index + 2 < len(tokens) and tokens[after_index].lower == "en" \
                and tokens[after_index + 1].lower == "tant":
            words += self._as_role(tokens, after_index)  # "la dernière année de Campos en tant que pilote"
        if words:
            self.references.append(Reference(key, seg.id, "phrase", words))

    def _sole_person(self, seg) -> Mention | None:
        """The English segment's one singular person who may be named by a role in French, if it
        speaks of exactly one (a group, a second person or a name left untied make it None)."""
        mentions = self.cast.mentions(seg.id, "source")
        keys = {}
        for mention in mentions:
            person = self.cast.person(mention.person)
            if person.plural:
                return None
            if person.unnamed and english_gendered_word(person.name.split()[-1] if person.name else ""):
                continue  # "his wife", "a granddaughter": French names them by their own noun
            keys.setdefault(mention.person, mention)
        return next(iter(keys.values())) if len(keys) == 1 else None

    def _sole_person_phrases(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"the 27-year-old said" -> "a déclaré le coureur de 27 ans": a French role phrase the
        English has no noun for is the one person the English sentence speaks of."""
        mention = self._sole_person(seg)
        if mention is None:
            return
        for i, token in enumerate(tokens[:-1]):
            if i in used or not is_phrase_determiner(token) or token.lower in ("son", "sa", "ses", "leur"):
                continue
            noun = tokens[i + 1]
            if not is_role_noun(noun.text) or is_fixed_gender_noun(noun.text) or is_plural(noun.text) \
                    or french_kinship_noun(noun.text):
                continue  # a role of the word tables ("coureur"), never a noun the lexicon merely inflects
            if not (after_speech_verb(tokens, i) or self._is_subject(tokens, i) and verb_follows(tokens, i)):
                continue
            if i > 0 and tokens[i - 1].lower in ("de", "d'", "d’", "à", "du", "au", "par", "pour", "avec"):
                continue  # a complement: "la ligne d'arrivée du coureur" is about no one's gender here
            self._tie_phrase(seg, tokens, i, min(len(tokens), i + 8), mention, used)

    def _tie_phrase(self, seg, tokens: list[Token], i: int, stop: int, mention, used: set[int]) -> None:
        """The role phrase opened by the determiner at ``i`` (and, as a subject, its verb group) is
        the mention's person's."""
        words, phrase_end = noun_phrase_words(tokens, i, stop)
        # "L'octogénaire n'a pas été blessée": an elided article and an epicene noun say no gender, the
        # subject's verb group does (not "La victime a été blessée": that noun's own gender)
        epicene = not words and tokens[i].text.endswith(("'", "’")) and phrase_end > i + 1 \
            and not is_fixed_gender_noun(tokens[i + 1].text)
        if not words and not epicene:
            return
        participle = object_relative_participle(tokens, phrase_end)
        if participle is not None:  # "L'actrice, que les critiques ont saluée, a remporté"
            words.append(participle)
        if self._is_subject(tokens, i):
            phrase_end = past_age(tokens, phrase_end)  # "Le chanteur de 61 ans a été hospitalisé"
            phrase_end = past_age_apposition(tokens, phrase_end)  # "La reine, 95 ans, a été admise"
            phrase_end = past_participle_adjunct(tokens, words, phrase_end)  # "Un pêcheur porté disparu depuis"
            # past a complement: "Le directeur de l'école a été arrêté", "L'épouse du président, une
            # ancienne actrice, n'était pas présente" (not past a name: "Le fils d'Ana Mendes, infirmière,")
            beyond = past_complement(tokens, phrase_end)
            if beyond != phrase_end and beyond < len(tokens) and (
                    tokens[beyond].text == "," and tokens[beyond - 1].text.islower() or verb_group_words(tokens, beyond)):
                phrase_end = beyond  # (past_complement moves only from a de/du/des, which opens no verb group)
            role_words, phrase_end = role_apposition(tokens, phrase_end)  # "le roi, en tant que président,"
            if not role_words:
                role_words, phrase_end = self._described_apposition(tokens, phrase_end)
            # "Le fils d'Ana Mendes, infirmière, a été arrêté": an apposition read as the name's is hers
            others = {w.token.start for r in self.references[self.first_of_segment:] if r.person != mention.person
                      for w in r.words}
            role_words = [w for w in role_words if w.token.start not in others]
            noun = next((w for w in words if w.kind == "noun"), None)
            gender = noun.gender if noun is not None else next((w.gender for w in words), None)  # "Le maire"
            relative = relative_between_commas(tokens, phrase_end, gender) if gender and not role_words else None
            if relative is not None:  # "Un enseignant de l'école, qui a demandé à ne pas être nommé, a déclaré"
                role_words = verb_group_words(tokens, relative[0]) + alone_after_verb(tokens, relative[0])  # "qui vit seule"
                phrase_end = relative[1] + 1
            elif not role_words and phrase_end + 1 < len(tokens) and tokens[phrase_end].lower == "qui" \
                    and (i == 0 or tokens[i - 1].text in (",", ";", ":")):
                # "L'infirmière qui a été blessée lundi est morte": the relative, then the main verb group
                role_words = verb_group_words(tokens, phrase_end + 1)
                main = main_verb_after_relative(tokens, phrase_end + 1)
                phrase_end = main if main is not None else phrase_end + 1  # (no main verb found: nothing more)
            elif not role_words:
                phrase_end = past_dont_relative(tokens, phrase_end) or phrase_end  # "La femme, dont le nom ..., a été"
            words += role_words + verb_group_words(tokens, phrase_end)
            words += coordinated_predicates(tokens, phrase_end)  # "est écrasée ... et est tuée"
        if not words:
            return
        used.update(range(i, phrase_end))
        self.references.append(Reference(mention.person, seg.id, "phrase", words, mention))

    def _described_apposition(self, tokens: list[Token], phrase_end: int) -> tuple[list[GenderedWord], int]:
        """"La suspecte, âgée de 27 ans et connue des services de police, a été maîtrisée", "Sa
        petite-fille, infirmière dans l'Ohio, a expliqué": an adjective, a participle or a bare role
        noun (adverbs first: "aujourd'hui âgé de 84 ans") opens an apposition of the subject; its
        words and the index after it, or none ("Madame la Présidente, Monsieur le Ministre," is a list)."""
        opener = phrase_end + 1
        while opener + 1 < len(tokens) and is_adverb(tokens[opener].lower):
            opener += 1
        determined = opener + 1 < len(tokens) and is_phrase_determiner(tokens[opener]) \
            and is_person_noun(tokens[opener + 1].text)  # "Le suspect, un homme de 27 ans, a été arrêté"
        if opener >= len(tokens) or tokens[phrase_end].text != "," or not tokens[opener].text.islower() \
                or not (is_agreeing_word(tokens[opener].text) or is_person_noun(tokens[opener].text) or determined):
            return [], phrase_end
        close = self._apposition_end(tokens, phrase_end + 1)
        words = self._apposition_words(tokens, phrase_end + 1, close) if close is not None else []
        return (words, close + 1) if words else ([], phrase_end)

    def _sole_person_predicates(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"a gagné la réputation d'être une enseignante", "fut l'une des premières pratiquantes": a
        role predicated anywhere in a sentence whose English speaks of one person is that person's."""
        mention = self._sole_person(seg)
        if mention is None or self.cast.person(mention.person).plural:
            return
        taken = {w.token.start for r in self.references[self.first_of_segment:] for w in r.words}
        for i, token in enumerate(tokens):
            if i in used or token.start in taken:
                continue
            words: list[GenderedWord] = []
            back = i - 1
            while back > 0 and tokens[back].lower in ("y", "en", "se", "s'", "le", "la", "l'", "ne", "n'", "pas"):
                back -= 1  # "pour y devenir professeure"
            infinitive = token.lower in ("être", "devenir", "rester") and i > 0 \
                and tokens[back].lower in ("d'", "d’", "de", "à", "pour", "sans", "après")
            if infinitive and i + 1 < len(tokens):  # "la réputation d'être une enseignante"
                words = [w for w in verb_group_words(tokens, i) if w.token.start not in taken]
                if not any(is_role_noun(w.token.text) for w in words):
                    continue  # only a predicate that names a role is surely about the person
            elif token.lower in ("l'", "l’") and i + 2 < len(tokens) and tokens[i + 1].lower in ("un", "une") \
                    and tokens[i + 2].lower in ("des", "de") and i > 0 and tokens[i - 1].lower in ETRE_FORMS:
                words = one_of_words(tokens, i + 1)
            elif token.lower in _OFFICE_NOUNS and i + 2 < len(tokens) and tokens[i + 1].lower in ("de", "d'", "d’") \
                    and tokens[i + 2].text.islower() and is_role_noun(tokens[i + 2].text):
                # "a endossé le rôle de présidente-directrice générale", "jusqu'au poste d'assistante"
                words = [w for w in office_role_words(tokens, i + 2) if w.token.start not in taken]
            if words:
                used.add(i)
                self.references.append(Reference(mention.person, seg.id, "phrase", words, mention))

    def _role_phrases(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"La Russe", "le ministre": tied to the person an English role phrase names; "les religieuses"
        to the group one names."""
        source_roles = [m for m in self.cast.mentions(seg.id, "source") if m.kind == "role"]
        if not source_roles:
            return
        self.references.extend(plural_role_references(self.cast, seg, tokens, used, source_roles, self._is_subject))
        for i, token in enumerate(tokens[:-1]):
            if i in used or not (is_phrase_determiner(token) or token.lower in ("du", "au")):
                continue  # ("la grossesse du présentateur": de + le, the role's own article)
            head = i + 1
            while head < min(len(tokens) - 1, i + 3) and tokens[head].lower in TITLE_ADJECTIVES:
                head += 1  # "la nouvelle ambassadrice", "l'ancien ministre"
            noun = tokens[head].text
            if not is_person_noun(noun):
                continue  # ("le rapport de la chirurgienne": after de or à too)
            # the English role phrases this noun translates; it is tied when they all name one person
            # ("the Russian diplomat" -> "la diplomate russe"; "reporters" beside it is no rival)
            if head + 1 < len(tokens) and tokens[head + 1].text[:1].isupper() and tokens[head + 1].is_word:
                continue  # "le prince Henry": the phrase before a name is that name's
            # the noun in the other gender is the same role ("the priest" -> "la prêtresse"): the
            # error the gender check is there to find, and the phrase is that person's all the same
            other = other_gender_noun(noun)
            matching = [m for m in source_roles if translates_role(m.text, noun)
                        or other and translates_role(m.text, other)
                        or _same_age(m.text, tokens, head + 1)]  # "the 27-year-old" -> "le coureur de 27 ans"
            if not matching or len({m.person for m in matching}) != 1:
                continue
            mention = matching[0]
            if self.cast.person(mention.person).plural != is_plural(noun):
                continue
            stop = head + 1
            while stop < len(tokens) and tokens[stop].is_word and tokens[stop].lower not in ("a", "est", "s'") \
                    and stop < head + 5:
                stop += 1
            self._tie_phrase(seg, tokens, i, stop, mention, used)

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


def _opens_verb_group(tokens: list[Token], i: int) -> bool:
    """être, avoir or a clitic before them at ``i``: a verb group starts there, no apposition."""
    while i < len(tokens) and tokens[i].lower in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en"):
        i += 1
    return i < len(tokens) and (tokens[i].lower in ETRE or tokens[i].lower in AVOIR)


def find_target_mentions(doc: BilingualDocument, cast: Cast) -> list[Reference]:
    reader = TargetReader(doc, cast)
    reader.read()
    cast.references = reader.references
    return reader.references
