"""French pronouns tied to people: il/elle as subjects, speakers ("a-t-elle déclaré"), reported
subjects ("X a déclaré qu'il"), lui/elle after a preposition, lui-même/elle-même, first-person
quotations, and the impersonal il that stands for nobody.

A mixin of :class:`qa_desk.people.french_reader.TargetReader`: a French pronoun is tied to a person
only through the aligned English sentence (its he/she/him/her resolved to someone), never by
guessing from the French alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .agreement import (GenderedWord, coordinated_predicates, is_adverb, is_fixed_gender_noun, is_plural,
                        more_adjectives, role_noun_gender, verb_group_words, word_gender)
from .cast import Mention, Person
from .reference import Reference
from ..nlp.tokens import Token, quotation_spans, tokenize

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

# "il" that stands for nobody: il y a, il faut, il est clair que...
IMPERSONAL_NEXT = {"y", "faut", "fallait", "faudra", "faudrait", "semble", "semblait", "paraît", "s'agit",
                   "s'agissait", "reste", "restait", "pleut", "suffit", "suffisait", "convient", "importe",
                   "arrive", "existe", "manque"}
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
_IMPERSONAL_SE = {"passe", "passait", "passera", "passerait", "passa", "peut", "pourrait", "pouvait", "produit",
                  "produisait", "produira", "fait", "faisait"}
_IMPERSONAL_CLITICS = {"lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "ne", "n'", "en"}
_IMPERSONAL_PARTICIPLES = {"fallu", "semblé", "paru", "suffi", "plu"}


@lru_cache(maxsize=50_000)
def _english_other_subjects(text: str) -> bool:
    """An English "it" or "they" the parse makes a subject ("it was", "they said", "it's"), which a
    French il/elle may translate; "aware of it", "signed it", "finding it difficult" cannot."""
    from .english import parse
    if re.search(r"\b(?:its|itself|themselves)\b", text, re.IGNORECASE):
        return True
    return any(t.lower_ in ("it", "they") and t.dep_ in _SUBJECT_DEPS for t in parse(text))


_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl", "csubj"}


_STRESSED_NEXT = {"aussi", "non", "même", "seul", "seule", "également", "-même"}
_CLAUSE_END = {",", ".", ";", ":", ")", "qui", "»", "!", "?"}


def stressed_subject(tokens: list[Token], i: int) -> bool:
    """elle/lui standing as a stressed pronoun, whose masculine is lui: "Elle et les autres", "Cramer
    et elle, qui", "elle aussi", "c'est elle qui" (a subject il cannot stand there)."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    before = tokens[i - 1].lower if i > 0 else ""
    if after in ("et", "ou"):  # "qu'elle et son mari" -> "que lui et sa femme"
        return not (i + 2 < len(tokens) and tokens[i + 2].lower in ("il", "elle", "lui"))
    if after in _STRESSED_NEXT or before in ("et", "ou", "ni") and (after in _CLAUSE_END
                                                                   or tokens[i].lower != "lui"
                                                                   and _plural_verb_after(tokens, i + 1)):
        # "Cramer et elle, qui", "Cramer et elle avaient" -> "Cramer et lui avaient" (but the clitic
        # of "la religieuse et lui offrirent")
        return True
    k = i - 1
    while k > 0 and is_adverb(tokens[k].lower):
        k -= 1
    return k > 0 and tokens[k].lower in ("est", "était", "fut", "sera", "serait") \
        and tokens[k - 1].lower in ("c'", "c’", "ce")


def _echo_pronoun(tokens: list[Token], i: int) -> bool:
    """", lui aussi," / ", elle non plus,": a stressed pronoun between commas echoing the subject."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].text == "," and tokens[i + 1].lower in ("aussi", "non", "également")


_PLURAL_AUXILIARIES = {"ont", "sont", "avaient", "étaient", "furent", "eurent", "seront", "auront", "seraient",
                       "auraient", "vont", "allaient", "font", "faisaient", "peuvent", "pouvaient"}


def _plural_verb_after(tokens: list[Token], j: int) -> bool:
    """A plural finite verb at ``j``, past clitics: "(Cramer et elle) avaient", "se sont rencontrés"."""
    while j < len(tokens) and tokens[j].lower in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en", "les", "leur", "l'", "l’"):
        j += 1
    word = tokens[j].lower if j < len(tokens) else ""
    return word in _PLURAL_AUXILIARIES or len(word) > 6 and word.endswith(("aient", "èrent", "irent"))


@lru_cache(maxsize=50_000)
def _english_subject_positions(text: str) -> tuple[tuple[float, str], ...]:
    """(relative position, word) of each English he/she/it/they in the sentence."""
    length = max(1, len(text))
    return tuple((m.start() / length, m.group(0).lower())
                 for m in re.finditer(r"\b(?:he|she|it|they)\b", text, re.IGNORECASE))


def _aligned_pronoun(english: tuple, position: float, window: float = 0.2) -> str | None:
    """The English subject pronoun nearest a French one by relative position, if near enough: the
    French il at the start of a sentence translates the English She at its start, not a later "it"."""
    best = min(english, key=lambda item: abs(item[0] - position), default=None)
    return best[1] if best is not None and abs(best[0] - position) <= window else None


@lru_cache(maxsize=50_000)
def _english_thing_subject(text: str) -> bool:
    """The English has a subject that is a thing ("such a thing ... is worse"), which a French
    il/elle may stand for where the English repeats or leaves it out."""
    from .english import parse
    from .english_mentions import human_noun
    return any(t.dep_ in ("nsubj", "nsubj:pass", "appos", "ROOT") and t.pos_ == "NOUN" and not human_noun(t)
               for t in parse(text))


def _noun_before(tokens: list[Token], i: int, gender: str) -> bool:
    """A singular noun of ``gender`` before the pronoun at ``i``, which the pronoun may stand for."""
    return any(word_gender(t.text, ("NOUN",)) == gender and not is_plural(t.text)
               # "la réputation", "une telle chose", not "il fait tout ce qu'il"
               and (tokens[k - 1].lower in _NOUN_DETERMINERS or k > 1 and tokens[k - 2].lower in _NOUN_DETERMINERS
                    and tokens[k - 1].is_word and word_gender(tokens[k - 1].text, ("NOUN",)) is None)
               for k, t in enumerate(tokens[:i]) if k > 0 and t.is_word and t.text.islower())


_NOUN_DETERMINERS = {"le", "la", "l'", "l’", "un", "une", "ce", "cet", "cette", "son", "sa", "mon", "ma", "ton", "ta",
                     "notre", "votre", "leur", "du", "au"}


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
    if j >= 0 and tokens[j].text == ",":
        j -= 1  # "L'entraîneur d'Iga Swiatek, Tomasz Wiktorowski, a déclaré qu'il"
    return named_before.get(tokens[j].end) if j >= 0 else None


# "il fut répondu que", "il a été décidé de": passives with no one as subject ("il était convaincu que" has one)
IMPERSONAL_PASSIVES = {"dit", "décidé", "répondu", "prévu", "convenu", "annoncé", "établi", "admis", "entendu",
                       "demandé", "proposé", "souligné", "rappelé", "indiqué", "précisé", "expliqué", "signalé",
                       "exigé", "recommandé", "suggéré", "stipulé", "jugé", "constaté", "observé", "question"}


def _impersonal(tokens: list[Token], i: int) -> bool:
    """The il at ``i`` stands for nobody: "il y a", "il s'agit", "il lui a fallu", "il ne faut",
    "il fut répondu que", "il a été décidé de". An elle is never impersonal ("elle y a ajouté", "elle
    semble lasse")."""
    if tokens[i].lower != "il":
        return False
    j = i + 1
    k = j
    if k + 1 < len(tokens) and tokens[k].lower in ("a", "avait", "aura") and tokens[k + 1].lower == "été":
        k += 2
    elif k < len(tokens) and tokens[k].lower in ("est", "fut", "était", "sera"):
        k += 1
    if k > j and k + 1 < len(tokens) and tokens[k].lower in IMPERSONAL_PASSIVES and (
            tokens[k + 1].lower in ("que", "qu'", "qu’") or tokens[k + 1].lower in ("de", "d'", "d’")
            and k + 2 < len(tokens) and _is_infinitive_form(tokens[k + 2].lower)):
        return True  # "il fut répondu que", "il a été décidé de reporter" (not "il était accompagné de")
    if j + 2 < len(tokens) and tokens[j].lower == "y" and tokens[j + 1].lower in ("a", "avait") \
            and tokens[j + 2].lower not in ("eu", "été") and _participle_gender(tokens[j + 2].text):
        return False  # "il y a ajouté un jardin": he added one there
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT:
        return True
    while j < len(tokens) and tokens[j].lower in _IMPERSONAL_CLITICS:
        j += 1
    if j < len(tokens) and tokens[j].lower in ("se", "s'", "s’"):
        # "il (ne) se passe", "il s'agit", "il se trouve que" (but "il se consacra", "il se remémora")
        after = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        return after in _IMPERSONAL_SE or after.startswith("agi") or after in ("trouve", "trouvait") and (
            j + 2 < len(tokens) and tokens[j + 2].lower in ("que", "qu'", "qu’"))
    if j < len(tokens) and tokens[j].lower in IMPERSONAL_NEXT - {"y"}:
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

# Verbs that attribute a quotation to its speaker.
SPEECH_VERBS = {"déclaré", "dit", "ajouté", "affirmé", "expliqué", "indiqué", "souligné", "estimé", "précisé",
                "poursuivi", "assuré", "lancé", "confié", "répondu", "raconté", "martelé", "insisté", "déploré",
                "noté", "averti", "prévenu", "reconnu", "admis", "écrit", "tweeté", "annoncé", "jugé", "commenté",
                "observé", "relevé", "rappelé", "conclu", "résumé", "plaidé", "protesté", "regretté", "dénoncé",
                "déclare", "dit", "ajoute", "affirme", "explique", "indique", "souligne", "estime", "précise",
                "poursuit", "assure", "lance", "confie", "répond", "raconte", "martèle", "insiste", "déplore",
                "selon", "déclarait", "disait", "ajoutait"}


# English nouns French renders by a noun of one gender whoever it names (la personne, la victime).
FIXED_GENDER_ENGLISH = {"person", "victim", "witness", "star", "recruit", "casualty", "celebrity", "personality",
                        "figure", "hostage", "sentry", "individual"}
CAREER_NOUNS = {"carrière", "métier", "poste", "fonction", "fonctions", "rôle", "statut", "titre", "travail",
                "emploi", "débuts", "formation", "parcours", "mandat"}
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her)\b", re.IGNORECASE)
_AVOIR_FORMS = {"a", "avait", "aura", "aurait", "ai", "avais", "ont", "avaient", "avoir", "ayant", "eut", "ait"}


def _finite_verb_after_clitic(tokens: list[Token], i: int) -> bool:
    """le/la at ``i`` is an object clitic before a verb the lexicon does not know: "la forçant",
    "ne le découragea pas", "Simonds la poussa" (after ne, a subject or with -ant; "la" before an
    unknown word elsewhere may be an article)."""
    from ..nlp.lexicon import get_lexicon
    following = tokens[i + 1]
    if not following.is_word or not following.text.islower() or get_lexicon().analyses(following.text):
        return False
    before = tokens[i - 1] if i > 0 else None
    return following.lower.endswith("ant") and len(following.lower) > 4 or before is not None and (
        before.lower in ("ne", "n'", "n’", "il", "elle", "on", "ils", "elles", "qui")
        or before.text[:1].isupper() and not get_lexicon().analyses(before.text))


def _is_infinitive_form(lower: str) -> bool:
    return len(lower) > 3 and lower.endswith(("er", "ir", "re", "oir"))


def _is_noun(lower: str) -> bool:
    """"pour le pouvoir": the lexicon knows the word as a noun (it holds no infinitives)."""
    from ..nlp.lexicon import get_lexicon
    return any(e.pos == "NOUN" for e in get_lexicon().analyses(lower))


def _participle_gender(word: str) -> str | None:
    """'m'/'f' of a singular past participle (félicité / félicitée); None when it shows neither."""
    from .agreement import word_gender
    from ..nlp.lexicon import get_lexicon
    if any(e.participle and e.number == "p" for e in get_lexicon().analyses(word)):
        return None
    return word_gender(word, ("VERB",))


def _has_speech_verb(text: str) -> bool:
    return any(t.lower in SPEECH_VERBS for t in tokenize(text))


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
                    or not _english_other_subjects(seg.source.text)
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
        other_referents = _english_other_subjects(seg.source.text)
        if person.anonymous and {t.lower for t in english} & {"it", "they", "them"}:
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
                    and not _impersonal(tokens, i)
                    and not (i > 0 and tokens[i - 1].lower in _AFTER_PREPOSITION)]  # "douté d'elle"
        named_before = {m.end: m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        speakers = {i for i in subjects if _speaker_pronoun(tokens, i)  # "», a-t-elle déclaré": a person
                    or _reported_subject(tokens, i, named_before) == person.key}  # "X a déclaré qu'il"
        plain = [i for i in subjects if i not in speakers]
        wrong = [i for i in plain if _STANDALONE[tokens[i].lower] != expected]
        # both genders in the French, or more wrong ones than the English has: other referents,
        # unless the French has no more pronouns than the English and the English has no "it"
        # the French may say il/elle where the English says her ("her desire" -> "elle souhaitait")
        english_count = len([m for m in source if m.kind == "pronoun" and m.person == person.key])
        other_people = self._other_people(source, person.key)
        # "which he published ..., distributing them" -> "qu'il publia ..., qu'il distribua": with no
        # one else in the English, more French pronouns of one gender are the same person's
        sole = not other_referents and not other_people and len(wrong) == len(plain)
        other_pronouns = wrong and ((len(wrong) > english_count and not sole) or (
            len(wrong) < len(plain) and (len(plain) > english_count or other_referents)))
        # "La personne en question ... elle encourageait": the pronoun agrees with a noun of one gender
        fixed_nouns = {i for i, t in enumerate(tokens) if is_fixed_gender_noun(t.text)} \
            if person.unnamed and person.roles & FIXED_GENDER_ENGLISH else set()
        english_subjects = _english_subject_positions(seg.source.text)
        french_length = max(1, len(seg.target.text))
        # "explained another writer, adding she...": an English person with no pronoun may be the French il
        for i in subjects:
            token, gender = tokens[i], _STANDALONE[tokens[i].lower]
            aligned = _aligned_pronoun(english_subjects, token.start / french_length, 0.12)
            if not other_referents and _echo_pronoun(tokens, i):
                aligned = he_she[0].text.lower()  # "avait, elle aussi, des démêlés": the subject's own echo
            if gender != expected and any(k < i and word_gender(tokens[k].text, ("NOUN",)) == gender
                                          for k in fixed_nouns):
                continue
            if i not in speakers and (other_pronouns or (gender != expected and other_referents)) \
                    and aligned not in ("he", "she"):
                continue  # other referents: "elle" may translate "it" (la Russie, la discussion)
            if gender != expected and other_people and i not in speakers and aligned not in ("he", "she"):
                continue
            if aligned in ("it", "they") and i not in speakers and gender != expected:
                continue  # the English at that place is a thing
            if (loose or sole) and gender != expected and aligned not in ("he", "she") and i not in speakers \
                    and (_english_thing_subject(seg.source.text) and _noun_before(tokens, i, gender)
                         or tokens[i - 1].text in ("-t-", "-")):
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
            self.references.append(Reference(person.key, seg.id, "pronoun", words, he_she[0]))
        self._stressed_pronouns(seg, tokens, person, expected, he_she[0], other_referents)
        self._career_roles(seg, tokens, person, expected, he_she[0])

    def _other_people(self, source, key: str) -> bool:
        """Another singular person named or described in the English sentence."""
        return any(m.person != key and not self.cast.person(m.person).plural
                   for m in source if m.kind in ("name", "surname", "role"))

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
            if gender and gender != expected:  # "le poste de directeur adjoint": its adjectives too
                self.references.append(Reference(person.key, seg.id, "phrase",
                                                 [GenderedWord(noun, gender, "noun")]
                                                 + more_adjectives(tokens, i + 2), mention))

    def _stressed_pronouns(self, seg, tokens: list[Token], person: Person, expected: str, mention,
                           other_referents: bool) -> None:
        """"jusqu'à lui", "de lui", "avec elle": after a preposition, lui and elle name a person; when
        the English sentence speaks of one person only, that is who they are."""
        if re.search(r"\b(?:it|its|itself)\b", seg.source.text, re.IGNORECASE) \
                or {m.person for m in self.cast.mentions(seg.id, "source")} != {person.key}:
            return  # a thing or someone else in the English sentence ("our mother ... for her") may be lui/elle
        for i in range(1, len(tokens)):
            gender = {"lui": "m", "elle": "f"}.get(tokens[i].lower)
            if not gender or gender == expected or tokens[i - 1].lower not in _AFTER_PREPOSITION \
                    or tokens[i - 1].lower in ("selon", "d'après", "d’après"):
                continue
            if any(r.words and r.words[0].token is tokens[i] for r in self.references):
                continue
            following = tokens[i + 1].lower if i + 1 < len(tokens) else ""
            if tokens[i].lower == "lui" and (_is_infinitive_form(following) or following in _AVOIR_FORMS
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
                if t.lower in ("lui", "elle") and n > 0 and tokens[n - 1].lower in _FRENCH_PREPOSITIONS]
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
                                                 [GenderedWord(token, gender, "stressed")], mention))

    def _predicate_pronouns(self, seg, tokens: list[Token], used: set[int]) -> None:
        """"Wasilewska a rejoint le PPS lorsqu'il était étudiant": the English has no he/she ("as a
        student"), the French sentence names one person and its il/elle is said to be a role noun,
        so the pronoun can only be that person."""
        named = {m.person for m in self.cast.mentions(seg.id, "target") if m.kind == "name"}
        english = {m.person for m in self.cast.mentions(seg.id, "source")  # "other professors": no il/elle
                   if not self.cast.person(m.person).plural}
        if len(named) != 1 or english - named or ENGLISH_PERSONAL.search(seg.source.text):
            return  # an English he/she/his/her tied to nobody is someone else, unnamed
        for i, token in enumerate(tokens):
            gender = SUBJECT_PRONOUNS.get(token.lower)
            if gender is None or i in used or (i > 0 and tokens[i - 1].text in ("-t-", "-")) \
                    or _impersonal(tokens, i):
                continue
            words = verb_group_words(tokens, i + 1)
            if any(w.kind == "noun" or (w.kind == "adjective" and role_noun_gender(w.token.text))
                   for w in words):  # "étudiant" is a role; "mécontent" may just describe
                self.references.append(Reference(next(iter(named)), seg.id, "pronoun",
                                                 [GenderedWord(token, gender, "pronoun")] + words))

    def _object_clitics(self, seg, tokens: list[Token]) -> None:
        """"congratulated her" -> "l'a félicitée", "trying to recruit him" -> "tentait de le recruter":
        when the English sentence's direct-object him/her all mean one person, the French object
        clitic before an infinitive, and the participle after "l'a", agree with that person."""
        from .english import parse
        from ..nlp.lexicon import get_lexicon
        if not _OBJECT_PRONOUN.search(seg.source.text) or not any(t.lower in ("l'", "l’", "le", "la") for t in tokens):
            return
        english = parse(seg.source.text)  # parsed already by the source reader: a cache hit
        objects = {t.idx for t in english if t.lower_ in ("him", "her") and t.dep_ in ("obj", "iobj")
                   and t.tag_ != "PRP$"}
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
            if lower in ("le", "la") and _is_infinitive_form(following) and not _is_noun(following) and i > 0 \
                    and (tokens[i - 1].lower in ("de", "d'", "d’", "à", "pour", "sans", "va", "vais", "veut",
                                                 "peut", "doit", "pu", "voulu", "dû", "fallait", "faut")
                         # "souhaite également la recruter": a word the lexicon does not know is a verb
                         or tokens[i + 1].text.islower() and not get_lexicon().analyses(following)):
                found.append([GenderedWord(token, "m" if lower == "le" else "f", "pronoun")])
            elif lower in ("le", "la") and _finite_verb_after_clitic(tokens, i):
                found.append([GenderedWord(token, "m" if lower == "le" else "f", "pronoun")])
            elif lower in ("l'", "l’") and following in _AVOIR_FORMS:
                j = i + 2
                while j < len(tokens) and is_adverb(tokens[j].lower):
                    j += 1
                if j < len(tokens) and get_lexicon().is_participle(tokens[j].text):
                    gender = _participle_gender(tokens[j].text)
                    if gender:
                        found.append([GenderedWord(tokens[j], gender, "participle")])
        if len(found) > len(objects):
            return  # more French object pronouns than the English has: some are things
        # "comme elle l'avait fait": a clitic far from where the English has him/her is a thing or a clause
        found = [words for words in found if min(abs(words[0].token.start / french_length - at)
                                                  for at in english_at) <= 0.3]
        for words in found:
            if any(w.gender != expected for w in words):
                self.references.append(Reference(mention.person, seg.id, "pronoun", words, mention))

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
