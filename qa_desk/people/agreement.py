"""French words that agree with a person: determiners, role nouns, adjectives, participles.

Given the tokens of a French sentence and a phrase that refers to a person,
these functions collect the words whose gender must match that person's, and
rewrite them. Gender comes from the Dicollecte lexicon, not spaCy's tags
(spaCy reads "plainte" in "s'est plainte" as the noun "a complaint").
"""
from __future__ import annotations

from ..nlp.lexicon import determiner_gender, get_lexicon, starts_with_vowel_sound
from ..nlp.numbers_parse import FR_MONTH_NAMES
from ..nlp.tokens import Token, fold
from .role_lists import listed_role_indices
from .french_words import (GenderedWord, is_adjective, is_adverb, is_agreeing_word, is_clear_person_noun,
                           is_infinitive, is_person_noun, is_plural, is_plural_agreeing, is_role_noun, word_gender)

# être, and verbs that link a subject to an adjective, in the third and first person singular.
ETRE = {"est", "était", "sera", "serait", "fut", "soit", "suis", "étais", "serai", "serais", "sois", "été",
        "être", "étant", "sont", "étaient", "seront", "seraient", "furent", "soient"}  # (plural subjects too)
AVOIR = {"a", "avait", "aura", "aurait", "ait", "eut", "ai", "avais", "aurai", "aurais", "aie", "avoir",
         "ayant", "ont", "avaient", "auront", "auraient", "eurent", "aient"}
COPULAS = {"semble", "semblait", "paraît", "paraissait", "reste", "restait", "demeure", "demeurait",
           "devient", "devenait", "deviendra", "redevient", "restera", "demeurera", "sembler", "paraître",
           "rester", "demeurer", "devenir", "devint", "redevint", "resta", "demeura", "sembla", "parut",
           "restera", "deviendrait", "resterait", "devenant", "redevenant", "restant", "demeurant"}
# Participles whose attribute also agrees with the subject: "a été nommée directrice", "est devenue
# présidente", "a été élue députée".
ATTRIBUTE_PARTICIPLES = {stem + ending for stem in ("devenu", "redevenu", "nommé", "élu", "réélu", "désigné",
                                                    "promu", "resté", "demeuré", "considéré", "proclamé",
                                                    "sacré", "couronné", "reconduit", "confirmé", "ordonné",
                                                    "investi", "choisi", "intronisé")
                         for ending in ("", "e")}
# Pronominal verbs whose participle and attribute agree: "s'est dite satisfaite".
# Participles of être verbs of coming and going, an adjective after them is the subject's ("est arrivée blessée").
COMPLEMENT_PARTICIPLES = {stem + ending for stem in ("arrivé", "revenu", "parti", "mort", "né", "entré", "sorti",
                                                     "rentré", "tombé", "retourné", "décédé", "venu", "reparti")
                          for ending in ("", "e")}
ATTRIBUTE_VERBS = {"dit", "dite", "montré", "montrée", "déclaré", "déclarée", "affirmé", "affirmée",
                   "estimé", "estimée", "avoué", "avouée", "révélé", "révélée", "senti", "sentie", "trouvé",
                   "trouvée", "retrouvé", "retrouvée", "voulu", "voulue", "dites", "dits", "montrés",
                   "montrées", "déclarés", "déclarées", "sentis", "senties", "trouvés", "trouvées"}
CLITICS = {"s'", "se", "ne", "n'", "en", "y", "lui", "leur", "me", "m'", "te", "t'", "nous", "vous", "l'",
           "le", "la", "les"}
# Words that open a direct object after a participle ("s'est lavé les mains").
OBJECT_OPENERS = {"le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "mon", "ma",
                  "mes", "leur", "leurs", "ce", "cette", "ces", "quelques", "plusieurs"}
COORDINATORS = {"et", "mais", "ou", "voire", "puis", ","}
QUOTE_MARKS = {"«", "»", "\"", "“", "”"}
# Verbs before an infinitive être/avoir whose participle agrees with the subject.
SEMI_AUXILIARIES = {"veut", "voulait", "voudrait", "préfère", "préférait", "peut", "pouvait", "pourrait",
                    "doit", "devait", "devrait", "semble", "semblait", "espère", "espérait", "souhaite",
                    "souhaitait", "refuse", "refusait", "va", "allait", "ira", "vient", "venait", "veux", "peux",
                    "dois", "vais", "espère", "souhaiterait", "aimerait", "accepte", "acceptait", "risque",
                    "révéla", "révèle", "révélait", "avéra", "avère", "avérait", "montra", "montre", "sembla",
                    "parut", "paraît", "semblait", "semble", "déclara", "affirma", "prétend", "prétendait"}
PREPOSITIONS = {"à", "de", "d'", "du", "des", "au", "aux", "selon", "avec", "pour", "par", "contre", "sans",
                "entre", "chez", "sur", "vers", "envers", "auprès", "pendant", "devant", "derrière", "après",
                "avant", "dont", "comme", "sous", "malgré", "parmi"}


TIME_NOUNS = {"jour", "jours", "an", "ans", "année", "années", "mois", "semaine", "semaines", "heure", "heures",
              "instant", "moment", "minute", "minutes", "fois", "nuit", "nuits", "matin", "soir", "journée",
              "soirée", "seconde", "secondes", "siècle", "décennie"}


INDIRECT_SE = {stem + e for stem in ("dit", "demandé", "promis", "juré", "répété", "imaginé", "figuré", "rappelé",
                                     "permis", "reproché", "avoué", "écrit", "téléphoné")
               for e in ("", "e")}


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


def more_adjectives(tokens: list[Token], k: int) -> list[GenderedWord]:
    """Singular adjectives right after a predicate noun: "directeur musical", "cheffe principale"."""
    words = []
    while k < len(tokens) and tokens[k].is_word and tokens[k].text.islower() and is_agreeing_word(tokens[k].text) \
            and not is_plural(tokens[k].text) and tokens[k].lower not in PREPOSITIONS:
        gender = word_gender(tokens[k].text, ("ADJ", "VERB"))
        if gender:
            words.append(GenderedWord(tokens[k], gender, "adjective"))
        k += 1
    return words


REPORTING_PARTICIPLES = {"raconté", "affirmé", "assuré", "dit", "déclaré", "reconnu", "admis", "expliqué", "indiqué",
                         "estimé", "pensé", "cru", "espéré", "nié", "avoué", "confié", "juré", "prétendu",
                         "souligné", "rappelé", "regretté"}


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


HONOUR_GRADES = {"chevalier", "officier", "commandeur", "compagnon", "membre", "grand-officier", "grand-croix"}


def _honour_grade(tokens: list[Token], i: int) -> bool:
    """"nommée chevalier de la Légion d'honneur", "compagnon de l'ordre du Mérite": an order's grade,
    which French gives women unchanged."""
    return tokens[i].lower in HONOUR_GRADES and any(
        fold(t.text) in ("ordre", "legion", "merite") for t in tokens[i + 1:i + 5])


def one_of_words(tokens: list[Token], i: int, group_if_feminine: bool = False) -> list[GenderedWord]:
    """"l'une des premières pratiquantes": un/une at ``i`` and the plural adjectives and role noun
    after des. With ``group_if_feminine``, the group's words only when they are feminine: a man is
    no "l'un des premières", but a woman may be "l'une des meilleurs joueurs" (of a mixed group)."""
    gender = "f" if tokens[i].lower == "une" else "m"
    words = [GenderedWord(tokens[i], gender, "one-of")]
    group = []
    for j in range(i + 2, min(len(tokens), i + 6)):
        token = tokens[j]
        if not token.is_word or token.lower in PREPOSITIONS:
            break
        form = word_gender(token.text, ("ADJ", "NOUN", "VERB"))
        singular = token.text[:-1] if token.lower.endswith(("s", "x")) else token.text
        person = any(is_role_noun(w) or is_clear_person_noun(w) for w in {token.text, singular})
        if form is None:
            if group and is_plural(token.text) and get_lexicon().analyses(token.text):
                group.append(None)  # "l'une des premières conservationnistes": an epicene noun ends it
            break
        group.append(GenderedWord(token, form, "noun" if person else "adjective"))
        if person:
            break
    if not group or (group[-1] is not None and group[-1].kind != "noun"):
        return []
    group = [w for w in group if w is not None and (w.gender == "f" or not group_if_feminine)]
    return words + group


# Adverbial locutions that may stand between a verb and its attribute.
ADVERBIAL_LOCUTIONS = {("à", "l'", "origine"), ("à", "l’", "origine"), ("au", "départ"), ("à", "l'", "époque"),
                       ("à", "l’", "époque"), ("par", "la", "suite"), ("à", "nouveau"), ("de", "nouveau"),
                       ("tout", "d'", "abord"), ("tout", "d’", "abord"), ("d'", "abord"), ("d’", "abord"),
                       ("en", "outre"), ("en", "fait"), ("à", "la", "fois"), ("de", "plus"), ("en", "effet"),
                       ("à", "son", "tour"), ("pour", "sa", "part"), ("à", "ce", "moment-là"), ("un", "temps"),
                       ("en", "même", "temps"), ("à", "partir", "de", "là"), ("à", "plusieurs", "reprises")}
_LOCUTION_STARTS = {words[0] for words in ADVERBIAL_LOCUTIONS}


def _locution_length(tokens: list[Token], i: int) -> int:
    """The number of tokens of an adverbial locution starting at ``i`` ("à l'origine"), else 0."""
    if tokens[i].lower not in _LOCUTION_STARTS:
        return 0
    for words in ADVERBIAL_LOCUTIONS:
        if tuple(t.lower for t in tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


def _more_role_nouns(tokens: list[Token], k: int) -> list[GenderedWord]:
    """Role nouns listed after a predicate: ", anthropologue, poète, écrivaine et professeure" (a
    listed word that is no role noun, epicene or not, ends the list unless it shows no gender)."""
    words = []
    articles = {"le", "un", "la", "une", "l'", "l’"}
    while k + 1 < len(tokens) and tokens[k].text in (",", "et", "ou") and tokens[k + 1].is_word \
            and tokens[k + 1].text.islower() and not is_plural(tokens[k + 1].text):
        if tokens[k + 1].lower in articles and k + 2 < len(tokens) and is_person_noun(tokens[k + 2].text) \
                and not is_agreeing_word(tokens[k + 2].text):  # "l'auteure ou la co-auteure"
            if k + 3 < len(tokens) and (tokens[k + 3].lower in ETRE or tokens[k + 3].lower in AVOIR
                                        or tokens[k + 3].lower in CLITICS):
                break  # "l'autrice et l'éditeur est Gallimard": a new subject
            gender = determiner_gender(tokens[k + 1].text)
            if gender in ("m", "f"):  # (an elided l' shows none)
                words.append(GenderedWord(tokens[k + 1], gender, "determiner"))
            k += 1
        word = tokens[k + 1].text
        if word.endswith("ant") and k + 2 < len(tokens) and tokens[k + 2].lower in OBJECT_OPENERS | PREPOSITIONS:
            break  # "une professeure expérimentée, gagnant de l'expérience": a verb, not the noun "gagnant"
        if is_person_noun(word) and not is_agreeing_word(word):
            gender = word_gender(word, ("NOUN",))
            if gender:
                words.append(GenderedWord(tokens[k + 1], gender, "noun"))
        elif is_agreeing_word(word):  # "chanteur, beau et riche": adjectives listed with the nouns
            gender = word_gender(word, ("ADJ", "VERB", "NOUN"))
            if gender:
                words.append(GenderedWord(tokens[k + 1], gender, "adjective"))
        elif not _epicene_noun(word):
            break  # "est anthropologue, comme": epicene nouns go on, anything else ends the list
        k += 2
    return words


def _listed_roles(tokens: list[Token], k: int, words: list[GenderedWord]) -> list[GenderedWord]:
    """The listed role nouns after ``k`` not among ``words`` yet, with their adjectives:
    "membre de la Chambre (1994-1998), présidente du Parti"."""
    taken = {w.token.start for w in words}
    found = []
    for j in listed_role_indices(tokens, k):
        if tokens[j].start not in taken:
            found.append(GenderedWord(tokens[j], word_gender(tokens[j].text, ("NOUN",)), "noun"))
            found += more_adjectives(tokens, j + 1)
    return found


def _past_complement(tokens: list[Token], k: int) -> int:
    """"professeure d'éloquence et détentrice de la chaire": the index of the "et"/"ou" after a
    short lower-case complement of a role noun when a role noun follows it, else ``k`` (the list
    goes on only through a complement that names no person and holds no verb)."""
    if k >= len(tokens) or tokens[k].lower not in ("de", "d'", "d’", "du", "des"):
        return k
    for j in range(k + 1, min(len(tokens) - 1, k + 5)):
        token = tokens[j]
        if token.lower in ("et", "ou"):
            following = tokens[j + 1].text
            return j if j > k + 1 and following.islower() and is_person_noun(following) else k
        if not token.is_word or not token.text.islower() or is_clear_person_noun(token.text) \
                or token.lower in ("qui", "que", "qu'", "qu’", "dont", "où") or get_lexicon().is_participle(token.text):
            return k
    return k


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


def _epicene_noun(word: str) -> bool:
    return any(e.pos == "NOUN" and e.gender == "e" for e in get_lexicon().analyses(word))


def verb_group_words(tokens: list[Token], start: int, first_person: bool = False,
                     plural: bool = False) -> list[GenderedWord]:
    """Participles and adjectives agreeing with a subject whose phrase ends just before ``start``.

    "s'est plainte", "a été nommée", "est inquiète et déçue", "s'est dite satisfaite".
    With avoir alone ("a déclaré") nothing agrees with the subject.
    """
    i, n = start, len(tokens)
    seen_etre = False
    reflexive = False
    object_clitic = False
    while i < n and (tokens[i].lower in CLITICS or is_adverb(tokens[i].lower)):
        reflexive = reflexive or tokens[i].lower in ("s'", "se", "me", "m'", "te", "t'")
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
        while i < n and is_adverb(tokens[i].lower):
            i += 1
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
    elif i < n and (tokens[i].lower in ETRE or tokens[i].lower in COPULAS):
        seen_etre = True
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
        if is_adverb(lower) or lower == "été" or lower in QUOTE_MARKS:
            i += 1  # "s'est dite « encouragée »": the quotation marks are no words
            continue
        locution = _locution_length(tokens, i)
        if locution:
            i += locution  # "était à l'origine une écrivaine", "fut par la suite nommée"
            continue
        if lower in COORDINATORS and words:
            expecting = True
            i += 1
            continue
        if expecting and predicate and lower in ("l'", "l’") and i + 2 < n and tokens[i + 1].lower in ("un", "une") \
                and tokens[i + 2].lower in ("des", "de"):
            words += one_of_words(tokens, i + 1, group_if_feminine=True)  # "il était l'une des premières"
            break
        if expecting and predicate and lower in ("un", "une") and i + 2 < n and tokens[i + 1].lower == "des" \
                and tokens[i + 2].is_word and tokens[i + 2].text.islower():
            words += one_of_words(tokens, i, group_if_feminine=True)  # "il était une des premières auteures"
            break
        if expecting and predicate and lower in ("le", "la") and i + 2 < n and tokens[i + 1].lower in ("plus", "moins") \
                and is_agreeing_word(tokens[i + 2].text) and not is_person_noun(tokens[i + 2].text) \
                and not (i + 3 < n and tokens[i + 3].is_word and is_person_noun(tokens[i + 3].text)):
            # "elle est la plus jeune (de cinq filles)": a superlative with no noun is the subject's
            words.append(GenderedWord(token, determiner_gender(token.text), "determiner"))
            gender = word_gender(tokens[i + 2].text, ("ADJ",))
            if gender:
                words.append(GenderedWord(tokens[i + 2], gender, "adjective"))
            break
        if expecting and predicate and lower in ("un", "une", "le", "la", "l'", "l’", "leur", "son", "sa", "notre",
                                                 "votre", "mon", "ma", "ce", "cette") and i + 1 < n:
            # predicate noun: "X est une ancienne diplomate", "X était un artiste compétent"
            phrase, after = noun_phrase_words(tokens, i, min(n, i + 8))
            words += phrase
            if phrase:
                back = after - 1 if after > 0 and tokens[after - 1].text in (",", "et", "ou") else after
                words += _more_role_nouns(tokens, back)  # "est l'auteure ou la co-auteure de"
                words += _listed_roles(tokens, i + 1, words)
            break
        if expecting and predicate and _honour_grade(tokens, i):
            break
        if expecting and predicate and token.is_word and not is_agreeing_word(token.text) \
                and is_person_noun(token.text):
            gender = word_gender(token.text, ("NOUN",))  # "elle est directrice"
            if gender:
                words.append(GenderedWord(token, gender, "noun"))
                second = tokens[i + 1] if i + 1 < n else None
                second_gender = word_gender(second.text, ("NOUN",)) if second is not None \
                    and second.text.islower() and second.lower != "chef" and is_clear_person_noun(second.text) else None
                if second_gender:
                    i += 1  # "fut apprentie ingénieure": a second role noun in apposition agrees too
                    words.append(GenderedWord(second, second_gender, "noun"))
            elif i + 1 < n and tokens[i + 1].text.islower() and is_person_noun(tokens[i + 1].text) \
                    and tokens[i + 1].lower != "chef" and _epicene_noun(token.text):
                # "est devenu élève instructrice", "élève infirmière": the second noun shows it
                # ("médecin chef": a "chef" after a noun is its modifier, the first noun is the head)
                i += 1
                gender = word_gender(tokens[i].text, ("NOUN",))
                if gender:
                    words.append(GenderedWord(tokens[i], gender, "noun"))
            adjectives = more_adjectives(tokens, i + 1)  # "a été nommé directeur musical"
            words += adjectives
            # "est féministe, poète, écrivaine et professeure", "professeure d'éloquence et détentrice"
            words += _more_role_nouns(tokens, _past_complement(tokens, i + 1 + len(adjectives)))
            words += _listed_roles(tokens, i + 1, words)
            break
        if not expecting or not token.is_word or lower in PREPOSITIONS or is_plural(token.text) != plural \
                or not (is_agreeing_word(token.text) or plural and is_plural_agreeing(token.text)):
            complement = lower in PREPOSITIONS or lower == "en" and not (  # "jugé en cour martiale et"
                i + 1 < n and tokens[i + 1].lower.endswith("ant"))  # not "défendue en invitant X et Y"
            if words and complement:
                words += coordinated_after_complement(tokens, i)  # "reconnaissant envers X, mais prêt"
            break  # "nommée sur une période": sur is no adjective here
        gender = word_gender(token.text, ("ADJ", "VERB"))
        object_follows = i + 1 < n and tokens[i + 1].lower in OBJECT_OPENERS and not _duration(tokens, i + 1)
        infinitive_follows = i + 1 < n and (is_infinitive(tokens[i + 1].lower) or tokens[i + 1].lower == "compte")
        # "elle s'est dit que": se is an indirect object of dire, the participle stays (but "s'est plainte que")
        que_follows = i + 1 < n and tokens[i + 1].lower in ("que", "qu'", "qu’") and lower in INDIRECT_SE
        if reflexive and (object_follows or infinitive_follows or que_follows
                          or lower in ("fait", "faite", "laissé", "laissée")):
            gender = None  # "s'est donné des tapes", "s'est vu offrir", "s'est rendu compte": se is no object
        if gender:
            kind = "participle" if get_lexicon().is_participle(token.text) else "adjective"
            words.append(GenderedWord(token, gender, kind))
            # "nommée directrice musicale" (but "nommée" itself, a noun too, is no role)
            adjectives = more_adjectives(tokens, i + 1) if predicate and is_person_noun(token.text) \
                and lower not in ATTRIBUTE_PARTICIPLES else []
            if adjectives:  # (but "accusée et condamnée": the coordination goes on)
                words += adjectives
                break
        if predicate and i + 1 < n and tokens[i + 1].text == "," and is_agreeing_word(token.text) \
                and (is_person_noun(token.text) or gender is None and not words):
            words += _more_role_nouns(tokens, i + 1)  # "est féministe, anthropologue, ... et professeure"
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


_AUXILIARY_STARTS = {"a", "est", "avait", "était", "fut", "sera", "aura", "s'est", "s'", "se", "ne", "n'"}


def coordinated_predicates(tokens: list[Token], start: int) -> list[GenderedWord]:
    """"Il a fréquenté l'université, ... et a été admis": predicates coordinated later in the clause
    share its subject, until a new subject (a pronoun, qui, que) or the sentence's end."""
    words: list[GenderedWord] = []
    for j in range(start + 1, len(tokens) - 1):
        token = tokens[j]
        if token.text in ".;:!?«»\"" or token.lower in ("il", "elle", "ils", "elles", "qui", "que", "qu'", "qu’",
                                                       "on", "je", "nous", "vous", "dont", "où", "lorsqu'", "quand"):
            break
        if token.lower in ("et", "mais", "puis") and (tokens[j + 1].lower in _AUXILIARY_STARTS
                                                      or tokens[j + 1].lower in COPULAS):  # "puis devint"
            words += verb_group_words(tokens, j + 1)
    return words


# Capitalised complements after which the role's own adjectives go on: "la secrétaire d'État adjointe".
PORTFOLIO_WORDS = {"etat", "interieur", "defense", "justice", "sante", "culture", "education", "environnement",
                   "economie", "commerce", "travail", "agriculture", "finances", "transports", "energie",
                   "armees", "budget", "logement", "sports", "industrie", "exterieur", "tresor"}


def noun_phrase_words(tokens: list[Token], det_index: int, stop: int) -> tuple[list[GenderedWord], int]:
    """Gendered words of a phrase "la secrétaire d'État adjointe américaine" from its determiner
    up to ``stop`` (exclusive): determiner, head noun, and the singular adjectives that follow it,
    skipping capitalised complements (d'État) and stopping at a lower-case noun complement.
    Returns the words and the index just after the phrase; no words when there is no person noun."""
    out: list[GenderedWord] = []
    det = tokens[det_index]
    det_gender = determiner_gender(det.text)
    if det.lower in ("mon", "ton", "son") and det_index + 1 < stop \
            and starts_with_vowel_sound(tokens[det_index + 1].text):
        det_gender = None  # "son adjointe": son before a vowel is both genders
    if det_gender in ("m", "f"):
        out.append(GenderedWord(det, det_gender, "determiner"))
    i = det_index + 1
    head_seen = False
    while i < stop:
        token = tokens[i]
        lower = token.lower
        if lower in ("plus", "moins") and not out[1:] and i + 1 < stop:
            i += 1  # "le plus jeune Premier ministre": a superlative before the head
            continue
        if lower in ("de", "d'", "du", "des", "au", "aux", "à") and i + 1 < stop:
            if lower == "à" and i + 2 < stop and tokens[i + 1].lower in ("la", "l'", "l’"):
                i += 1  # "la ministre à la Culture": the article, then the capitalised complement
            if tokens[i + 1].text[:1].isupper():
                i += 2
                while i < stop and tokens[i].text[:1].isupper():
                    i += 1
                if lower in ("du", "des"):
                    # "la présidente du Conseil administratif", "la vice-ministre des Affaires
                    # étrangères": the adjectives that follow are the complement's; skip them
                    while i < stop and tokens[i].text.islower() and is_adjective(tokens[i].text):
                        i += 1
                    break
                if fold(tokens[i - 1].text) not in PORTFOLIO_WORDS:
                    break  # "une adolescente de Minneapolis rejoint": a place ends the phrase
                continue  # "la secrétaire d'État adjointe": the adjectives are still hers
            break
        if (lower in ("et",) or is_adverb(lower) and i + 1 < stop and is_agreeing_word(tokens[i + 1].text)) \
                and head_seen:
            i += 1  # "une femme très gentille", "une actrice talentueuse et drôle"
            continue
        if not token.is_word or lower in PREPOSITIONS or is_plural(token.text):
            break  # "la première femme sur le terrain"
        next_is_noun = i + 1 < stop and tokens[i + 1].is_word and is_person_noun(tokens[i + 1].text)
        if not head_seen and is_person_noun(token.text) and not (is_agreeing_word(token.text) and next_is_noun):
            head_seen = True
            gender = word_gender(token.text, ("NOUN",))
            if gender:
                out.append(GenderedWord(token, gender, "noun"))
        elif is_agreeing_word(token.text) or is_person_noun(token.text):
            gender = word_gender(token.text, ("ADJ", "VERB", "NOUN"))
            if gender:
                out.append(GenderedWord(token, gender, "adjective"))
        else:
            break
        i += 1
    return (out, i) if head_seen else ([], i)

