"""French words that agree with a person: determiners, role nouns, adjectives, participles.

Given the tokens of a French sentence and a phrase that refers to a person,
these functions collect the words whose gender must match that person's, and
rewrite them. Gender comes from the Dicollecte lexicon, not spaCy's tags
(spaCy reads "plainte" in "s'est plainte" as the noun "a complaint").
"""
from __future__ import annotations

from dataclasses import replace

from ..nlp.lexicon import get_lexicon
from ..nlp.numbers_parse import FR_MONTH_NAMES
from ..nlp.tokens import Token
from .french_words import (GenderedWord, is_adverb, is_agreeing_word, is_clear_person_noun, is_infinitive,
                           is_person_noun, is_plural, is_plural_agreeing, word_gender)
from .predicate_nouns import more_adjectives, more_role_nouns, predicate_noun_words
from .role_lists import past_role_complement
from .verb_words import (ATTRIBUTE_PARTICIPLES, ATTRIBUTE_VERBS, AVOIR, CLITICS, COMPLEMENT_PARTICIPLES, COPULAS,
                         COORDINATORS, DE_PRONOMINALS, ETRE, IMPERSONAL_ANT, INDIRECT_SE, OBJECT_OPENERS, PREPOSITIONS,
                         PRONOMINAL_ATTRIBUTE_FORMS, QUOTE_MARKS, REPORTING_PARTICIPLES, SEMI_AUXILIARIES, TIME_NOUNS)


def _duration(tokens: list[Token], i: int) -> bool:
    """"un seul jour", "une semaine", "toute la nuit", "le 9 juin": a time phrase, not a direct object."""
    if i + 2 < len(tokens) and tokens[i].lower == "le" and (tokens[i + 1].text.isdigit() or tokens[i + 1].lower in (
            "1er", "premier", "lendemain")) and (tokens[i + 2].lower in FR_MONTH_NAMES or tokens[i + 1].lower == "lendemain"):
        return True
    for j in range(i, min(len(tokens), i + 4)):
        if tokens[j].lower in TIME_NOUNS:
            return True
        if tokens[j].lower not in OBJECT_OPENERS and tokens[j].lower not in ("seul", "seule", "toute", "tout",
                                                                                "entière", "entier"):
            return False
    return False



def coordinated_after_complement(tokens: list[Token], i: int) -> list[GenderedWord]:
    """"s'est dit reconnaissant envers son employeur, mais prêt", "âgée de 27 ans et connue des
    services": an adjective coordinated after the first one's complement agrees with it too."""
    for j in range(i, min(len(tokens) - 1, i + 8)):
        token = tokens[j]
        if token.text in ".;:!?«»()\"" or token.lower in ("qui", "que", "qu'", "qu’", "dont", "où"):
            return []
        if token.lower in ("et", "mais", "ou") and tokens[j + 1].is_word:
            nxt = tokens[j + 1]
            if nxt.lower in PREPOSITIONS or is_plural(nxt.text) or not is_agreeing_word(nxt.text) \
                    or is_person_noun(nxt.text) and not is_agreeing_word(nxt.text):
                return []
            gender = word_gender(nxt.text, ("ADJ", "VERB"))
            return [GenderedWord(nxt, gender, "adjective")] if gender else []
    return []



ADVERBIAL_LOCUTIONS = {("à", "l'", "origine"), ("à", "l’", "origine"), ("au", "départ"), ("à", "l'", "époque"),
                       ("à", "l’", "époque"), ("par", "la", "suite"), ("à", "nouveau"), ("de", "nouveau"),
                       ("tout", "d'", "abord"), ("tout", "d’", "abord"), ("d'", "abord"), ("d’", "abord"),
                       ("en", "outre"), ("en", "fait"), ("à", "la", "fois"), ("de", "plus"), ("en", "effet"),
                       ("à", "son", "tour"), ("pour", "sa", "part"), ("à", "ce", "moment-là"), ("un", "temps"),
                       ("en", "même", "temps"), ("à", "partir", "de", "là"), ("à", "plusieurs", "reprises"),
                       ("tout", "de", "suite"), ("plus", "tard")}
_LOCUTION_STARTS = {words[0] for words in ADVERBIAL_LOCUTIONS}


def _locution_length(tokens: list[Token], i: int) -> int:
    """The number of tokens of an adverbial locution starting at ``i`` ("à l'origine"), else 0."""
    if tokens[i].lower not in _LOCUTION_STARTS:
        return 0
    for words in ADVERBIAL_LOCUTIONS:
        if tuple(t.lower for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0



def _controlled_passive(tokens: list[Token], k: int) -> int:
    """"a fini par être adoptée", "a refusé d'être photographiée", "a accepté d'avoir été filmée":
    the index of the participle of an infinitive être after a participle and its preposition, else 0
    (the infinitive's subject is the clause's own when no object clitic stands before the verb)."""
    if k + 2 >= len(tokens) or tokens[k - 1].lower in AVOIR or not get_lexicon().is_participle(tokens[k - 1].text) \
            or tokens[k].lower not in ("par", "à", "de", "d'", "d’"):
        return 0
    j = k + 1
    while j < len(tokens) and (tokens[j].lower in ("ne", "n'", "n’", "pas", "jamais", "plus") or is_adverb(tokens[j].lower)):
        j += 1
    if j + 1 < len(tokens) and tokens[j].lower == "avoir" and tokens[j + 1].lower == "été":
        j += 1
    if j + 1 < len(tokens) and tokens[j].lower in ("être", "été") and get_lexicon().is_participle(tokens[j + 1].text):
        return j + 1
    return 0



# Emphatic pronouns inside a verb group, read by the pronoun reader: "était elle-même une réfugiée"
_EMPHATICS = {"lui-même", "elle-même", "eux-mêmes", "elles-mêmes"}


def verb_group_words(tokens: list[Token], start: int, first_person: bool = False,
                     plural: bool = False) -> list[GenderedWord]:
    """Participles and adjectives agreeing with a subject whose phrase ends just before ``start``.

    "s'est plainte", "a été nommée", "est inquiète et déçue", "s'est dite satisfaite".
    With avoir alone ("a déclaré") nothing agrees with the subject. A plural subject's words are
    marked plural, so that "furieux" becomes "furieuses", not "furieuse".
    """
    words = _verb_group_words(tokens, start, first_person, plural)
    return [replace(w, number="p") for w in words] if plural else words


def _verb_group_words(tokens: list[Token], start: int, first_person: bool, plural: bool) -> list[GenderedWord]:
    i, n = start, len(tokens)
    seen_etre = False
    reflexive = False
    object_clitic = False
    negated = False
    while i < n and (tokens[i].lower in CLITICS or is_adverb(tokens[i].lower)):
        reflexive = reflexive or tokens[i].lower in ("s'", "se", "me", "m'", "te", "t'")
        negated = negated or tokens[i].lower in ("ne", "n'", "n’")
        object_clitic = object_clitic or tokens[i].lower in ("l'", "le", "la", "les", "lui", "leur")
        i += 1
    if i + 1 < n and tokens[i].lower in SEMI_AUXILIARIES:
        # "je préfère être traitée", "elle veut être élue", "il doit avoir été informé"
        j = i + 1
        while j < n and is_adverb(tokens[j].lower):
            j += 1
        if j < n and tokens[j].lower in ("être", "avoir"):
            i = j
    if i < n and tokens[i].lower in AVOIR:
        i += 1
        while i < n and (is_adverb(tokens[i].lower) or _locution_length(tokens, i)):
            i += _locution_length(tokens, i) or 1  # "a d'abord été traduite", "a ensuite été"
        if i < n and tokens[i].lower == "été":
            seen_etre = True
            i += 1
        elif i + 1 < n and tokens[i].lower in REPORTING_PARTICIPLES:
            # "il a raconté n'être jamais entré", "elle a affirmé avoir été menacée"
            j = i + 1
            while j < n and (tokens[j].lower in ("ne", "n'", "n’") or is_adverb(tokens[j].lower)):
                j += 1
            if j + 1 < n and tokens[j].lower == "avoir" and tokens[j + 1].lower == "été":
                j += 1
            if j < n and tokens[j].lower in ("être", "été"):
                seen_etre = True
                i = j + 1
            else:
                return []
        elif not object_clitic and (participle := _controlled_passive(tokens, i + 1)):
            i = participle  # "il a fini par être adopté": the subject's infinitive
            seen_etre = True
        else:
            return []
    elif i < n and (tokens[i].lower in ETRE or tokens[i].lower in COPULAS
                    or reflexive and tokens[i].lower in PRONOMINAL_ATTRIBUTE_FORMS):
        seen_etre = True  # "est prête", "reste prête", "se dit prête"
        i += 1
    if not seen_etre:
        return []
    words: list[GenderedWord] = []
    expecting = True
    predicate = True  # a predicate noun may come next: "est une artiste", "a été nommée directrice"
    while i < n:
        token = tokens[i]
        lower = token.lower
        if lower == "de" and i + 3 < n and tokens[i + 1].lower in ("plus", "moins") and tokens[i + 2].lower == "en":
            i += 4  # "devint de plus en plus inquiète"
            continue
        if is_adverb(lower) or lower == "été" or lower in QUOTE_MARKS or lower in _EMPHATICS and words == []:
            i += 1  # "s'est dite « encouragée »": the quotation marks are no words
            continue
        locution = _locution_length(tokens, i)
        if locution:
            i += locution  # "était à l'origine une écrivaine", "fut par la suite nommée"
            continue
        if expecting and predicate and (negated and not words and lower in ("que", "qu'", "qu’")
                                        or lower == "être" and tokens[i - 1].lower in ATTRIBUTE_VERBS):
            i += 1  # "n'était qu'une étudiante", "s'est avérée être une cheffe": the predicate follows
            continue
        if lower in COORDINATORS and words:
            expecting = True
            i += 1
            continue
        if expecting and predicate:
            found = predicate_noun_words(tokens, i, words)  # "est une ancienne diplomate", "est directrice"
            if found is not None:
                words += found + _predicate_relative(tokens, found, plural)
                break
        if not expecting or not token.is_word or lower in PREPOSITIONS \
                or is_plural(token.text) != plural and not (plural and _both_numbers(token.text)) \
                or not (is_agreeing_word(token.text) or plural and is_plural_agreeing(token.text)
                        or _attribute_in_ant(tokens, i, plural)):
            complement = lower in PREPOSITIONS or lower == "en" and not (  # "jugé en cour martiale et"
                i + 1 < n and tokens[i + 1].lower.endswith("ant"))  # not "défendue en invitant X et Y"
            if words and complement:
                words += coordinated_after_complement(tokens, i)  # "reconnaissant envers X, mais prêt"
            break  # "nommée sur une période": sur is no adjective here
        gender = word_gender(token.text, ("ADJ", "VERB"))
        object_follows = i + 1 < n and tokens[i + 1].lower in OBJECT_OPENERS and not _duration(tokens, i + 1) \
            and not (tokens[i + 1].lower == "des" and lower in DE_PRONOMINALS)  # "s'est inspirée des murs"
        infinitive_follows = i + 1 < n and (is_infinitive(tokens[i + 1].lower) or tokens[i + 1].lower == "compte")
        # "elle s'est dit que": se is an indirect object of dire, the participle stays (but "s'est plainte que")
        que_follows = i + 1 < n and tokens[i + 1].lower in ("que", "qu'", "qu’") and lower in INDIRECT_SE
        if reflexive and (object_follows or infinitive_follows or que_follows
                          or lower in ("fait", "faite", "laissé", "laissée")):
            gender = None  # "s'est donné des tapes", "s'est vu offrir", "s'est rendu compte": se is no object
        if gender:
            kind = "participle" if get_lexicon().is_participle(token.text) else "adjective"
            words.append(GenderedWord(token, gender, kind))
            after_as = i + 3 if i + 3 < n and tokens[i + 2].lower == "étant" else i + 2  # "décrite comme étant"
            found = predicate and i + 2 < n and tokens[i + 1].lower == "comme" and _as_participle(lower) \
                and predicate_noun_words(tokens, after_as, words)  # "considérée comme une intellectuelle"
            if found and not _noun_after(tokens, found[-1].token):  # not "comme la fine fleur"
                words += found
                break
            # "nommée directrice musicale" (but "nommée" itself, a noun too, is no role)
            adjectives = more_adjectives(tokens, i + 1) if predicate and is_person_noun(token.text) \
                and lower not in ATTRIBUTE_PARTICIPLES else []
            if adjectives:  # (but "accusée et condamnée": the coordination goes on)
                words += adjectives
                break
            listed = more_role_nouns(tokens, past_role_complement(tokens, i + 1)) if predicate \
                and is_person_noun(token.text) and lower not in ATTRIBUTE_PARTICIPLES else []
            if listed:  # "devenue directrice de studio, puis présentatrice"
                words += listed
                break
        if predicate and i + 1 < n and tokens[i + 1].text == "," and is_agreeing_word(token.text) \
                and (is_person_noun(token.text) or gender is None and not words):
            words += more_role_nouns(tokens, i + 1)  # "est féministe, anthropologue, ... et professeure"
            break
        if lower in ATTRIBUTE_VERBS or lower in ATTRIBUTE_PARTICIPLES:
            expecting = predicate = True  # "s'est dite satisfaite", "élue députée": the attribute follows
        elif lower in COMPLEMENT_PARTICIPLES and gender:
            expecting, predicate = True, False  # "est arrivée blessée", "est morte jeune": an adjective only
        else:
            expecting = predicate = False
        i += 1
        if i < n and tokens[i].lower in ("de", "d'", "à", "par", "que", "qu'", "pour"):
            break
    return words


def past_age(tokens: list[Token], k: int) -> int:
    """The index after "de 61 ans" at ``k`` ("le chanteur de 61 ans a été hospitalisé"), else ``k``."""
    if k + 2 < len(tokens) and tokens[k].lower == "de" and tokens[k + 1].text.isdigit() \
            and tokens[k + 2].lower in ("ans", "an", "mois"):
        return k + 3
    return k


_ADJUNCT_OPENERS = PREPOSITIONS | {"depuis", "en", "dans", "lors"}
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie")


def past_participle_adjunct(tokens: list[Token], words: list[GenderedWord], k: int) -> int:
    """The index of the auxiliary after a short adjunct of a phrase ending on a participle ("Un
    pêcheur porté disparu depuis trois jours a été retrouvé"), else ``k``."""
    if not words or k >= len(tokens) or tokens[k].lower not in _ADJUNCT_OPENERS \
            or words[-1].kind != "adjective" or words[-1].token.start != tokens[k - 1].start \
            or not tokens[k - 1].lower.endswith(_PARTICIPLE_ENDINGS):  # ("pris", "mis": not yet read)
        return k
    for j in range(k + 1, min(len(tokens), k + 6)):
        if tokens[j].lower in AVOIR or tokens[j].lower in ETRE:
            return j
        if not (tokens[j].is_word or tokens[j].text.isdigit()) or tokens[j].lower in ("qui", "que", "qu'", "et"):
            return k
    return k


def _both_numbers(word: str) -> bool:
    """An adjective or participle whose form is singular and plural alike ("furieux", "surpris")."""
    return any((e.pos == "ADJ" or e.participle) and e.number == "i" for e in get_lexicon().analyses(word))


def _attribute_in_ant(tokens: list[Token], i: int, plural: bool = False) -> bool:
    """"s'est dit confiant", "est très méfiante": an adjective in -ant is an attribute after être or
    an attribute verb (a present participle never follows them); not "il est important de/que",
    where the "il" is impersonal."""
    word = tokens[i].text
    endings, numbers = (("ants", "antes"), ("p", "i")) if plural else (("ant", "ante"), ("s", "i"))
    if not word.lower().endswith(endings) or not any(
            e.pos == "ADJ" and e.number in numbers for e in get_lexicon().analyses(word)):
        return False
    after_attribute_verb = i > 0 and (tokens[i - 1].lower in ATTRIBUTE_VERBS or tokens[i - 1].lower in ATTRIBUTE_PARTICIPLES)
    # "il est important de": only an adjective that says what a fact is opens an impersonal clause;
    # "elle était confiant d'obtenir" is hers ("confiante")
    return after_attribute_verb or tokens[i].lower not in IMPERSONAL_ANT \
        or not (i + 1 < len(tokens) and tokens[i + 1].lower in ("de", "d'", "d’", "que", "qu'", "qu’"))


def _predicate_relative(tokens: list[Token], found: list[GenderedWord], plural: bool) -> list[GenderedWord]:
    """"était une fille de 10 ans qui avait été mordue": a relative clause right after the predicate
    noun (an age between at most) has that noun, so the subject, for its subject."""
    if not any(w.kind == "noun" for w in found):
        return []
    j = max(w.token.end for w in found)
    k = next((n for n, t in enumerate(tokens) if t.start >= j), len(tokens))
    k = past_age(tokens, k)
    if k + 1 < len(tokens) and tokens[k].lower == "qui":
        return verb_group_words(tokens, k + 1, plural=plural)
    return []


_AUXILIARY_STARTS = {"a", "est", "avait", "était", "fut", "sera", "aura", "s'est", "s'", "se", "ne", "n'"}


# Participles whose "comme" introduces what the subject is taken for: "décrite comme une pionnière".
_AS_PARTICIPLES = {"considéré", "décrit", "perçu", "vu", "connu", "présenté", "reconnu", "qualifié", "désigné",
                   "regardé", "dépeint", "salué", "classé"}


def _as_participle(word: str) -> bool:
    word = word[:-1] if word.endswith("s") else word
    return word in _AS_PARTICIPLES or word.endswith("e") and word[:-1] in _AS_PARTICIPLES


def _noun_after(tokens: list[Token], word: Token) -> bool:
    """A lower-case noun right after ``word``: "fine" in "la fine fleur" is the thing's adjective."""
    k = next((k for k, t in enumerate(tokens) if t.start == word.start), len(tokens)) + 1
    return k < len(tokens) and tokens[k].text.islower() and _noun_only(tokens[k].text)


# Kinship nouns that, detached by a comma with their "de", describe the clause's subject
DETACHED_KIN = {"fils", "fille", "petit-fils", "petite-fille", "neveu", "nièce", "frère", "sœur", "veuf", "veuve",
                "cadet", "cadette", "aîné", "aînée", "benjamin", "benjamine"}


def coordinated_predicates(tokens: list[Token], start: int) -> list[GenderedWord]:
    """"Il a fréquenté l'université, ... et a été admis": predicates coordinated later in the clause
    share its subject, until a new subject (a pronoun, qui, que) or the sentence's end."""
    words: list[GenderedWord] = []
    own = next((t.lower for t in tokens[start:start + 4] if t.lower in _AUXILIARY_STARTS
                and t.lower not in ("ne", "n'", "se", "s'")), None)  # the subject's own auxiliary
    for j in range(start + 1, len(tokens) - 1):
        token = tokens[j]
        if token.text in ".;:!?«»\"" or token.lower in ("il", "elle", "ils", "elles", "qui", "que", "qu'", "qu’",
                                                       "on", "je", "nous", "vous", "dont", "où", "lorsqu'", "quand") \
                and not (token.lower in ("que", "qu'", "qu’") and tokens[j - 1].lower == "tant"):  # "en tant que"
            break
        after = _past_gerund_adjunct(tokens, j + 1) if token.lower in ("et", "mais", "puis") else None
        verb = after
        while verb is not None and verb + 1 < len(tokens) and tokens[verb].lower in ("en", "y"):
            verb += 1  # "et en fut la première présidente", "et y resta"
        if after is not None and verb < len(tokens) and (
                tokens[verb].lower in _AUXILIARY_STARTS or tokens[verb].lower in COPULAS):  # "puis devint"
            words += verb_group_words(tokens, after)
        elif token.text == "," and own not in (None, "a") and (tokens[j + 1].lower == own or (
                tokens[j + 1].lower in ("s'", "s’", "se") and j + 2 < len(tokens)
                and tokens[j + 2].lower in ("est", "était", "fut"))):  # "est revenue, ..., s'est produite"
            # "est passée à X, est retournée à Y et": the same auxiliary again; "dont il n'a pas
            # révélé le nom, avait été écartée" goes back to the clause around the relative
            words += verb_group_words(tokens, j + 1)
        elif token.text == "," and own == "a" and tokens[j + 1].lower == "a" and j + 2 < len(tokens) \
                and tokens[j + 2].lower == "été":
            # "Klaić a écrit pour l'hebdomadaire, a été rédactrice de Vienac": avoir été again (not
            # "dont il n'a pas révélé le nom, avait été écartée", the clause around the relative)
            words += verb_group_words(tokens, j + 1)
        elif token.text == "," and own == "a" and tokens[j + 1].lower in ("est", "était", "fut"):
            # "Lonchakov a passé 1400 heures en vol, est une pilote de classe 1": a role after être
            if any(t.text.islower() and is_clear_person_noun(t.text) for t in tokens[j + 2:j + 5]):
                words += verb_group_words(tokens, j + 1)
        kin_gender = word_gender(tokens[j + 1].text, ("NOUN",)) if token.text == "," \
            and tokens[j + 1].lower in DETACHED_KIN and j + 2 < len(tokens) \
            and tokens[j + 2].lower in ("de", "d'", "d’", "du", "des") else None
        if kin_gender:  # "Okafor est née à Lagos, fille d'un pêcheur": a relative detached after the predicate
            words.append(GenderedWord(tokens[j + 1], kin_gender, "noun"))
        infinitive = _controlled_infinitive(tokens, start, j)
        if infinitive:  # "elle a promis d'être présente", "a la réputation d'être l'une des meilleures"
            words += verb_group_words(tokens, infinitive)
        elif token.lower == "tant" and tokens[j - 1].lower == "en" and tokens[j + 1].lower in ("que", "qu'", "qu’") \
                and _role_predicate(tokens, j + 2) and not _someone_between(tokens, start, j - 1):
            words += predicate_noun_words(tokens, j + 2, []) or []  # "fit ses débuts en tant que représentante"
    return words


def _past_gerund_adjunct(tokens: list[Token], k: int) -> int:
    """The index after ", en vivant en Chine," at ``k`` (a gerund shares the clause's subject), else ``k``:
    "et, en vivant en Chine, fut confrontée" goes on with the subject's verb."""
    if k + 3 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower == "en" \
            and tokens[k + 2].lower.endswith("ant"):
        close = next((c for c in range(k + 3, min(len(tokens), k + 10)) if tokens[c].text == ","), None)
        if close is not None:
            return close + 1
    return k


def _someone_between(tokens: list[Token], start: int, end: int) -> bool:
    """A person noun, a name or an object pronoun in ``tokens[start:end]``, whom what follows may be about."""
    return any(t.lower in _OBJECT_PRONOUNS or t.text[:1].isupper() or is_clear_person_noun(t.text)
               for t in tokens[start:end]) or start < end and tokens[start].lower in ("la", "le", "les", "l'", "l’")


# Nouns after which "de" + an infinitive has the clause's subject as its own: "la réputation d'être".
_CONTROL_NOUNS = {"réputation", "honneur", "privilège", "fierté", "chance", "joie", "plaisir", "impression",
                  "sentiment", "ambition", "rêve", "espoir", "désir", "envie", "occasion", "tort", "raison",
                  "intention", "habitude", "audace", "courage", "force", "peur", "crainte"}
_OBJECT_PRONOUNS = {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}


def _controlled_infinitive(tokens: list[Token], start: int, j: int) -> int:
    """The index of an infinitive être/avoir (été) after "de", "à", "pour", "sans" at ``j`` whose
    subject is the clause's (the subject's verb group begins at ``start``), else 0: nothing between
    may be someone else it could belong to ("lui a demandé d'être", "a permis à l'équipe d'être"):
    no person noun, name, indirect object pronoun or noun outside the control nouns."""
    # "après avoir été élue", "avant d'être nommée": a time adjunct's infinitive is always the subject's
    temporal = tokens[j].lower == "après" or tokens[j].lower == "avant" and j + 1 < len(tokens) \
        and tokens[j + 1].lower in ("de", "d'", "d’")
    if tokens[j].lower not in ("de", "d'", "d’", "à", "pour", "sans") and not temporal:
        return 0
    k = j + 2 if tokens[j].lower == "avant" else j + 1
    while k < len(tokens) and tokens[k].lower in ("ne", "n'", "n’", "pas", "jamais", "plus", "point"):
        k += 1
    perfect = k + 1 < len(tokens) and tokens[k].lower == "avoir" and tokens[k + 1].lower == "été"
    role = _role_predicate(tokens, k + 1)
    if not perfect and (k >= len(tokens) or tokens[k].lower != "être" and not (
            tokens[k].lower in _COPULA_INFINITIVES and role)):
        return 0  # "être", or "devenir" a role ("devenir Dame" is a title, "le futur époux de X" a phrase)
    if temporal:
        return k
    # "passa un examen pour devenir directrice": a purpose whose predicate is a role is the subject's,
    # past an object that is a thing (a thing may be "lancé en mai", never "directrice")
    purpose_role = tokens[j].lower == "pour" and role
    for n in range(j - 1, start, -1):  # "elle écrivait pour les journaux ... et gagna la réputation d'être"
        if tokens[n].lower in ("et", "mais", "puis") and n + 1 < j and tokens[n + 1].text.islower() \
                and (tokens[n + 1].lower in AVOIR or tokens[n + 1].lower in ETRE
                     or not get_lexicon().analyses(tokens[n + 1].text)):
            start = n + 2
            break
    if _someone_between(tokens, start, j):
        return 0
    for n in range(start, j):
        token = tokens[n]
        if n > start and tokens[n - 1].lower in OBJECT_OPENERS | {"au", "aux", "du"} and token.is_word \
                and token.lower not in _CONTROL_NOUNS and _noun_only(token.text) and not purpose_role:
            return 0  # "a permis à l'équipe d'être": the infinitive may be the noun's
    return k


_COPULA_INFINITIVES = {"devenir", "redevenir", "rester"}


def _role_predicate(tokens: list[Token], k: int) -> bool:
    """A person's role noun opens the predicate at ``k`` ("directrice", "l'apprentie", "une enseignante")."""
    if k < len(tokens) and tokens[k].lower in ("un", "une", "le", "la", "l'", "l’"):
        k += 1
    return k < len(tokens) and tokens[k].text.islower() and is_clear_person_noun(tokens[k].text)


def _noun_only(word: str) -> bool:
    analyses = get_lexicon().analyses(word)
    return bool(analyses) and all(e.pos == "NOUN" for e in analyses)
