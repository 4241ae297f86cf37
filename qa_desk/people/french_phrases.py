"""French phrases around a person: the role phrase before a name, an apposition after it, a
phrase fronted before the subject ("Née à Lisbonne, elle"), roles held "en tant que" or "comme",
an attribute of an object ("a nommé X rectrice"). Each returns the words that must agree.

A mixin of :class:`qa_desk.people.french_reader.TargetReader`, with the word classes both use.
"""
from __future__ import annotations

from .agreement import coordinated_after_complement, past_age, verb_group_words
from .predicate_nouns import more_adjectives, noun_phrase_words, one_of_words, predicate_noun_words
from .verb_words import AVOIR, CLITICS, ETRE, PREPOSITIONS
from .french_words import (GenderedWord, is_adjective, is_adverb, is_agreeing_word, is_clear_person_noun,
                           is_fixed_gender_noun, is_person_noun, is_plural, is_role_noun, word_gender)
from ..nlp.lexicon import determiner_gender, get_lexicon
from ..nlp.tokens import Token

# Words that open a clause with another subject: what follows is no longer about the name.
# "a travaillé comme créateur": after these, comme names the job held, not a comparison
WORK_PARTICIPLES = {stem + end for stem in ("travaillé", "exercé", "servi", "débuté", "officié", "engagé", "employé",
                                             "embauché", "recruté") for end in ("", "e")} \
    | {"travaillait", "travailla", "travaille", "exerçait", "exerça", "exerce"}
CLAUSE_OPENERS = {"qui", "que", "qu'", "dont", "où", "laquelle", "lequel", "lesquels", "lesquelles", "il", "elle",
                  "ils", "elles", "on"}
NOT_SUBJECT_BEFORE = PREPOSITIONS | {"par"}


_OPEN_A_SUBJECT = {"que", "qu'", "qu’", "quand", "lorsque", "lorsqu'", "lorsqu’", "si", "et", "ou", "mais", "car",
                   "puis", "donc", "comme", "où", "dont", "alors", "ainsi", "puisque", "parce", "quoique", "ni",
                   "or", "aussi", "pourquoi", "comment", "tandis", "cependant", "pourtant", "toutefois", "enfin",
                   "ensuite", "hier", "aujourd'hui", "aujourd’hui", "demain", "désormais", "depuis", "quant",
                   "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel",
                   "desquels", "desquelles", "quoi", "ce", "c'", "c’", "celui", "celle", "ceux", "celles"}


def _finite_verb_only(token: Token) -> bool:
    """A lower-case word the lexicon (nouns, adjectives, participles) does not know and that is no
    adverb or word opening a clause: a finite verb ("engage", "recrute"), whose phrase after it is
    its object ("une entreprise qui engage un nouveau travailleur est pénalisée")."""
    if not token.is_word or not token.text.islower() or token.lower in AVOIR or token.lower in ETRE \
            or token.lower in _OPEN_A_SUBJECT or token.lower in CLITICS or is_adverb(token.lower):
        return False
    return not get_lexicon().analyses(token.text)

# Words that look like adjectives or participles but open a phrase as prepositions or adverbs.
NOT_AGREEING_OPENERS = {"pendant", "durant", "suivant", "concernant", "moyennant", "nonobstant", "touchant",
                        "excepté", "vu", "attendu", "passé", "hormis", "sauf", "tout", "toute", "tous", "toutes",
                        "même", "seul", "plein", "bien", "dans", "en", "selon", "comme", "ainsi", "certes"}
_PREPOSITION_OPENERS = {"outre", "lors", "au", "à", "depuis"}  # "Outre son rôle de ..., X", "Lors de ..."
# Prepositions whose noun phrase, before a comma and a name, is someone else than the name
_BEFORE_AGENT = {"par", "pour", "avec", "sans", "chez", "contre", "selon", "envers", "auprès", "entre", "à", "de", "d'",
                 "d’", "sur", "vers", "après", "avant", "malgré"}
NOT_PHRASE_DETERMINERS = {"il", "elle", "lui", "ils", "elles", "eux", "du", "au", "de la", "à la", "des",
                          "aux", "tout", "tous", "toute", "toutes", "l'un", "l'une", "l'autre"}


def _en_tant_que(tokens, j: int) -> bool:
    """"en tant que" / "en tant qu'" starts at ``j``."""
    return j + 2 < len(tokens) and tokens[j].lower == "en" and tokens[j + 1].lower == "tant" \
        and tokens[j + 2].lower in ("que", "qu'", "qu’")


def _role_after_as(tokens, begin: int, end: int):
    """The token after "en tant que" between ``begin`` and ``end``, or None."""
    return next((tokens[j + 3] for j in range(begin, end - 3) if _en_tant_que(tokens, j)), None)


def _subject_after(tokens, name_start: int) -> bool:
    """The capitalised name at ``name_start`` is followed by être, avoir or a clitic: a subject."""
    j = name_start
    while j < len(tokens) and (tokens[j].text[:1].isupper() or tokens[j].text == "-"):
        j += 1
    return j < len(tokens) and (tokens[j].lower in ETRE or tokens[j].lower in AVOIR or tokens[j].lower in CLITICS)


def is_phrase_determiner(token: Token) -> bool:
    """A determiner that can open a phrase naming a person (le, la, l', un, une, son, cette...)."""
    return token.lower not in NOT_PHRASE_DETERMINERS and determiner_gender(token.text) is not None


# Prepositions that open the complement of a role noun in an apposition: "une enseignante à la retraite".
_ROLE_COMPLEMENT_OPENERS = {"à", "au", "aux", "en", "chez", "dans", "pour", "auprès"}

TITLE_ADJECTIVES = {"premier", "première", "grand", "grande", "haut", "haute", "nouveau", "nouvelle", "ancien",
                    "ancienne", "jeune", "vieux", "vieille", "petit", "petite", "sous", "vice", "futur", "future"}
ETRE_FORMS = {"est", "était", "fut", "fût", "sera", "serait", "soit", "être", "été", "devint", "devient", "devenir",
              "reste", "resta", "restait", "demeure"}


def verb_follows(tokens: list[Token], i: int) -> bool:
    """The phrase at ``i`` is followed, within a few words, by an auxiliary: it is a subject."""
    for j in range(i + 2, min(len(tokens), i + 8)):
        if tokens[j].lower in ("a", "est", "était", "avait", "fut", "sera", "s'", "se", "ne", "n'", "venait"):
            return True
        if tokens[j].text in ",.;:!?«»":
            return False
    return False


def after_speech_verb(tokens: list[Token], i: int) -> bool:
    """"», a déclaré le coureur": an inverted subject after a speech verb."""
    from .french_positions import SPEECH_VERBS
    return i > 0 and tokens[i - 1].lower in SPEECH_VERBS


# Verbs whose object takes an attribute: "a nommé X rectrice", "l'ont élue présidente".
OBJECT_ATTRIBUTE_VERBS = {stem + ending for stem in ("nommé", "élu", "réélu", "désigné", "choisi", "proclamé",
                                                    "promu", "sacré", "couronné", "déclaré", "nommer", "élire")
                          for ending in ("", "e", "s", "es")} | {"nomme", "nomment", "nommait", "élit"}


_PLACE_PREPOSITIONS = {"à", "au", "aux", "en", "de", "d'", "d’", "du", "des", "dans", "pour", "chez", "vers"}


def _clause_ends(tokens: list[Token], j: int, start: int) -> bool:
    """The subject's clause ends at ``j``: a sentence mark, a word opening another clause, or a capital
    past ``start`` (another name), unless a preposition puts a place there ("revint à Whitehall en 1855,
    devenant")."""
    token = tokens[j]
    return token.text in ".;:!?«»\"" or token.lower in CLAUSE_OPENERS or (
        token.text[:1].isupper() and j > start and tokens[j - 1].lower not in _PLACE_PREPOSITIONS)


def detached_participle(tokens: list[Token], start: int,
                        prepositions: tuple[str, ...] | set[str] = ("de", "d'", "d’", "par")) -> list[GenderedWord]:
    """", accompagnée de son mari" closing the subject's clause: a participle after a comma, then
    one of ``prepositions``, with no other subject between (no qui, que, pronoun or name)."""
    from ..nlp.lexicon import get_lexicon
    for j in range(start, len(tokens) - 2):
        token = tokens[j]
        if _clause_ends(tokens, j, start):
            return []
        if token.text == "," and get_lexicon().is_participle(tokens[j + 1].text) \
                and tokens[j + 2].lower in prepositions and not is_plural(tokens[j + 1].text):
            gender = word_gender(tokens[j + 1].text, ("VERB", "ADJ"))
            return [GenderedWord(tokens[j + 1], gender, "participle")] if gender else []
    return []


def alone_after_verb(tokens: list[Token], start: int) -> list[GenderedWord]:
    """"vit seule", "est parti seul" is read by the verb group; "rentra seule", "vit toute seule":
    seul right after the subject's finite verb (a word the lexicon does not know) agrees with it."""
    i = start
    while i < len(tokens) and tokens[i].lower in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en"):
        i += 1
    if i + 1 >= len(tokens) or not _finite_verb_only(tokens[i]):
        return []
    j = i + 1
    if tokens[j].lower in ("tout", "toute") and j + 1 < len(tokens):
        j += 1  # "vit toute seule"
    if tokens[j].lower not in ("seul", "seule"):
        return []
    words = [GenderedWord(tokens[j], "m" if tokens[j].lower == "seul" else "f", "adjective")]
    if j == i + 2:
        words.insert(0, GenderedWord(tokens[i + 1], "m" if tokens[i + 1].lower == "tout" else "f", "adjective"))
    return words


GERUND_COPULAS = {"devenant", "redevenant", "étant", "restant", "demeurant"}




def gerund_copula(tokens: list[Token], start: int) -> list[GenderedWord]:
    """", devenant maîtresse de conférences en 2003": a copula's present participle later in the
    subject's clause says something of the subject, so its attribute agrees with it."""
    for j in range(start, len(tokens) - 2):
        token = tokens[j]
        if _clause_ends(tokens, j, start):
            return []
        if token.lower in GERUND_COPULAS and tokens[j - 1].text in (",", "en") and j > start:
            return verb_group_words(tokens, j)
        if token.lower == "ayant" and tokens[j + 1].lower == "été" and tokens[j - 1].lower in (",", "et") and j > start:
            return verb_group_words(tokens, j)  # "..., ayant été enseignante au gymnase"
    return []


def _infinitive_participle(tokens: list[Token], j: int, stop: int) -> list[GenderedWord]:
    """"(après) s'être retirée", "(avant) d'être nommée", "(après) avoir été élue": the participle of
    a fronted infinitive with être agrees with the subject after the comma."""
    if j < stop and tokens[j].lower in ("de", "d'", "d’"):
        j += 1
    if j < stop and tokens[j].lower in ("s'", "s’", "se"):
        j += 1
        if j < stop and tokens[j].lower != "être":
            return []
    if j + 1 < stop and tokens[j].lower == "avoir" and tokens[j + 1].lower == "été":
        j += 1
    if not (j + 1 < stop and tokens[j].lower in ("être", "été")):
        return []
    j += 1
    while j < stop and is_adverb(tokens[j].lower):
        j += 1
    if j < stop and get_lexicon().is_participle(tokens[j].text) and not is_plural(tokens[j].text):
        gender = word_gender(tokens[j].text, ("VERB", "ADJ"))
        words = [GenderedWord(tokens[j], gender, "participle")] if gender else []
        if words and tokens[j].lower in _ATTRIBUTE_PARTICIPLES and j + 1 < stop:
            # "Après être devenue l'une des cinq membres, X": what she became agrees with her too
            words += predicate_noun_words(tokens[:stop], j + 1, words) or []
        return words
    return []


_ATTRIBUTE_PARTICIPLES = {"devenu", "devenue", "resté", "restée", "demeuré", "demeurée"}


def _is_lexicon_noun(word: str) -> bool:
    return any(e.pos == "NOUN" for e in get_lexicon().analyses(word))


def _complement_of_a_person(tokens: list[Token], det_index: int) -> bool:
    """The phrase at ``det_index`` is the complement of a person noun before it ("le frère de la
    ministre", "la fille du président"): a name after it belongs to that person, not to it."""
    if tokens[det_index].lower in ("du", "des"):
        before = det_index - 1
    elif det_index > 0 and tokens[det_index - 1].lower in ("de", "d'", "d’"):
        before = det_index - 2
    else:
        return False
    return before >= 0 and tokens[before].is_word and tokens[before].text.islower() \
        and is_person_noun(tokens[before].text) or before >= 0 and is_fixed_gender_noun(tokens[before].text)


def role_apposition(tokens: list[Token], k: int) -> tuple[list[GenderedWord], int]:
    """", en tant que présidente," or ", comme présidente," at ``k`` after a subject's phrase: the
    role's words and the index after the closing comma (where the verb group starts), else ([], k)."""
    if not (k + 3 < len(tokens) and tokens[k].text == "," and (
            tokens[k + 1].lower == "comme" or tokens[k + 1].lower == "en" and tokens[k + 2].lower == "tant")):
        return [], k
    close = next((j for j in range(k + 2, min(len(tokens), k + 10)) if tokens[j].text == ","), None)
    words = PhraseReader._as_role(tokens[:close], k + 1) if close is not None else []
    return (words, close + 1) if words else ([], k)


# Verbs after which "comme" + a role phrase says what the subject is: "s'identifia comme la porte-parole".
_SELF_DESCRIBING = ("identifi", "présent", "décri", "défini", "imposé", "impose", "affirm", "considéré",
                    "considère", "reconnu", "désign", "qualifi", "proclam", "révél")

def _past_role_complement_to_next(tokens: list[Token], k: int) -> int:
    """Past a role's short complement ("sur celluloïd", "de nuit") when "puis/et comme" or "en tant
    que" follows it; else ``k``."""
    if k >= len(tokens) or tokens[k].lower not in ("de", "d'", "d’", "sur", "à", "au", "aux", "du", "des"):
        return k
    for j in range(k + 1, min(len(tokens) - 2, k + 5)):
        if tokens[j].lower in ("puis", "et", "ou", ","):
            after = tokens[j + 1]
            return j if after.lower == "comme" or after.lower == "en" and tokens[j + 2].lower == "tant" else k
        if not (tokens[j].is_word and tokens[j].text.islower()):
            return k
    return k


# Words that link a sentence to the one before and open it before its own fronted phrase
_CONNECTORS = {("de", "plus"), ("en", "outre"), ("par", "ailleurs"), ("cependant",), ("toutefois",), ("ensuite",),
               ("enfin",), ("d'ailleurs",), ("d’ailleurs",), ("en", "effet"), ("néanmoins",), ("pourtant",),
               ("ainsi",), ("puis",), ("or",), ("donc",)}


def _past_connector(tokens: list[Token], begin: int, comma: int) -> int:
    """The index after "De plus," / "Cependant," opening the sentence before a phrase of its own, else
    ``begin``."""
    for size in (1, 2):
        end = begin + size
        if end < comma and tokens[end].text == "," and tuple(t.lower for t in tokens[begin:end]) in _CONNECTORS:
            return end + 1
    return begin


class PhraseReader:
    """The phrase half of TargetReader."""

    @staticmethod
    def _attribute(tokens, index: int) -> list[GenderedWord]:
        """The role noun at ``index`` and the adjectives after it ("rectrice", "directrice musicale")."""
        gender = word_gender(tokens[index].text, ("NOUN",))
        if not gender:
            return []
        return [GenderedWord(tokens[index], gender, "noun")] + more_adjectives(tokens, index + 1)

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
        begin = _past_connector(tokens, begin, comma)  # "De plus, tout en accomplissant ..., X"
        if any(t.text == "," for t in tokens[begin:comma]):
            return []  # the phrase opening the sentence ends at its first comma
        while begin < comma - 1 and is_adverb(tokens[begin].lower):
            begin += 1  # "Toujours présente chaque matin, X...", "Aujourd'hui âgée de 84 ans, X..."
        if comma - begin < 1 or not tokens[begin].is_word:
            return []
        first = tokens[begin]
        if first.lower in ("après", "avant", "sans", "pour") and comma - begin > 18:
            return _infinitive_participle(tokens, begin + 1, comma)  # a long one: its participle only
        if comma - begin > 18:
            return []
        if begin + 2 < comma and _en_tant_que(tokens, begin) or first.lower == "comme":
            # "En tant que concepteur, Twombly", "Comme jeune ingénieure, X": the role is the subject's
            return self._as_role(tokens[:comma], begin)
        gerund = begin + (1 if first.lower == "tout" else 0)
        if tokens[gerund].lower == "en" and gerund + 1 < comma and tokens[gerund + 1].lower.endswith("ant"):
            # "Tout en travaillant comme serveuse, X", "En servant en tant qu'officier, X": the gerund's
            # subject is the sentence's, and so is the role it held
            return self._as_role(tokens[:comma], gerund + 2)
        if first.lower == "ayant":  # "Ayant été informée de la révolte, elle"
            return _infinitive_participle(tokens, begin + 1, comma)
        if first.lower in ("après", "avant", "sans", "pour", "pendant", "durant"):
            # "Après s'être retirée de la scène, X"; "Après 17 ans en tant qu'athlète internationale, X"
            return _infinitive_participle(tokens, begin + 1, comma) + self._as_role(tokens[:comma], begin + 1)
        if first.lower in NOT_AGREEING_OPENERS or first.lower in _PREPOSITION_OPENERS:
            # "Pendant ce temps, Alice...", but "En plus de son rôle en tant que présidente, X": with
            # nobody named before it, the role the opening phrase gives is the subject's
            role = _role_after_as(tokens, begin, comma)
            if role is None or any(t.text[:1].isupper() or is_person_noun(t.text)
                                   for t in tokens[begin + 1:comma] if t.start < role.start):
                return []
            return self._as_role(tokens[:comma], begin + 1)
        if is_phrase_determiner(first) and first.lower in ("un", "une", "le", "la"):
            words, _ = noun_phrase_words(tokens, begin, comma)
            return words
        words = []
        chained = -1  # the last word of the chain read so far
        for j in range(begin, comma):
            token = tokens[j]
            # "Ancienne professeure d'économie", "Athlète talentueux" (an epicene noun, then its adjective)
            opens = j == begin or tokens[j - 1].lower in ("et", ",", "ou", "mais") or chained == j - 1
            if token.lower in PREPOSITIONS:
                break  # "Étendu sur son dos": sur is no adjective
            if opens and token.is_word and (is_agreeing_word(token.text) or is_person_noun(token.text)):
                chained = j
                gender = word_gender(token.text)
                if gender:
                    kind = "noun" if is_person_noun(token.text) and not is_agreeing_word(token.text) else "adjective"
                    words.append(GenderedWord(token, gender, kind))
            elif j == begin:
                return []
            elif token.lower in PREPOSITIONS or is_phrase_determiner(token):
                break  # "Âgée de 44 ans", "présente chaque matin en cuisine": the rest is a complement
        return words

    @staticmethod
    def _as_role(tokens, begin: int) -> list[GenderedWord]:
        """"... en tant qu'enseignante, conseillère et recruteuse", "... comme journaliste": roles the
        subject held, in the same clause (up to the next sentence end)."""
        words = []
        j = begin - 1
        listed = False  # a role already read, a "puis comme" after it lists another
        while j < len(tokens) - 2:  # (up to "comme serveuse" ending the tokens given)
            j += 1
            if tokens[j].text in ".!?;" or tokens[j].lower in CLAUSE_OPENERS:
                break  # "..., dans laquelle elle incarne ... comme directrice": another subject
            as_role = j + 3 < len(tokens) and _en_tant_que(tokens, j)  # (with "qu’" too)
            # "travaillait comme ingénieure": comme + a role noun without a determiner
            like_role = tokens[j].lower == "comme" and tokens[j + 1].text.islower() \
                and (is_clear_person_noun(tokens[j + 1].text) or (j > 0 and tokens[j - 1].lower in WORK_PARTICIPLES
                                                                  or listed) and is_person_noun(tokens[j + 1].text)) \
                and determiner_gender(tokens[j + 1].text) is None
            # "est apparue dans le rôle d'une infirmière" (the English "appeared as a nurse")
            in_role = tokens[j].lower == "dans" and j + 4 < len(tokens) and tokens[j + 1].lower == "le" \
                and tokens[j + 2].lower == "rôle" and tokens[j + 3].lower in ("de", "d'", "d’")
            if tokens[j].lower == "comme" and 0 < j < len(tokens) - 2 and tokens[j - 1].lower.startswith(_SELF_DESCRIBING) \
                    and tokens[j + 1].lower in ("le", "la", "un", "une") and (is_role_noun(tokens[j + 2].text) or (
                        j + 3 < len(tokens) and is_agreeing_word(tokens[j + 2].text) and is_role_noun(tokens[j + 3].text))):
                # "s'identifia comme la porte-parole", "s'est imposée comme une dirigeante": the subject's role
                words += noun_phrase_words(tokens, j + 1, min(len(tokens), j + 8))[0]
                continue
            if as_role or like_role or in_role:
                k = j + 3 if as_role else j + 4 if in_role else j + 1
                head = True  # "en tant qu'orfèvre indépendante": an epicene noun, then its adjectives
                while k < len(tokens):
                    token = tokens[k]
                    if token.lower in ("et", "ou", ",", "/", "un", "une", "que", "qu'") or token.text in ("’",):
                        if token.lower in ("un", "une") and k + 1 < len(tokens) and is_person_noun(tokens[k + 1].text):
                            # "dans le rôle d'un infirmier": the article agrees with the role
                            words.append(GenderedWord(token, "m" if token.lower == "un" else "f", "determiner"))
                        k += 1
                        continue
                    if head and token.is_word and token.text.islower() and not is_person_noun(token.text) \
                            and not is_agreeing_word(token.text) and _is_lexicon_noun(token.text):
                        head = False
                        k += 1
                        continue
                    head = False
                    if not token.is_word or token.lower in NOT_AGREEING_OPENERS or token.lower in PREPOSITIONS \
                            or not (is_person_noun(token.text) or is_agreeing_word(token.text)):
                        break  # "comme infirmière pendant dix ans": pendant opens the next phrase
                    gender = word_gender(token.text)
                    if gender and not is_plural(token.text):
                        kind = "noun" if is_person_noun(token.text) else "adjective"
                        words.append(GenderedWord(token, gender, kind))
                    k += 1
                k = _past_role_complement_to_next(tokens, k)  # "comme peintre sur celluloïd puis comme encreur"
                while k + 1 < len(tokens) and tokens[k].lower in ("puis", "et", "ou", ","):
                    k += 1
                if k + 3 < len(tokens) and tokens[k - 1].lower in ("et", ",") and tokens[k].lower in ("en", "dès") \
                        and tokens[k + 1].text.isdigit() and tokens[k + 2].lower in ("et", ","):
                    k += 3  # "en tant qu'astronome adjoint, en 1741, en tant qu'astronome titulaire"
                if k + 1 < len(tokens) and tokens[k - 1].lower in ("puis", "et", "ou", ",") \
                        and (tokens[k].lower == "comme" or tokens[k].lower == "en" and tokens[k + 1].lower == "tant"):
                    j = k - 1  # "comme peintre puis comme encreuse": the next role is the subject's too
                    listed = True
                    continue
                break
        return words

    @staticmethod
    def _fixed_gender_subject(tokens, begin: int, name_start: int) -> bool:
        """"La victime, John Miller, a été transportée": the verb agrees with victime, not the man."""
        first = min(begin, max(0, name_start - 4))
        return any(is_fixed_gender_noun(t.text) for t in tokens[first:name_start])

    @staticmethod
    def _is_subject(tokens, index: int) -> bool:
        if tokens[index].lower in ("du", "au", "des", "aux") and index > 0:
            return False  # "La maisonnée du roi était gérée": de + le opens a complement, never a subject
        if index == 0:
            return True
        before = tokens[index - 1].lower
        object_of = index >= 2 and tokens[index - 2].lower in AVOIR and get_lexicon().is_participle(tokens[index - 1].text)
        return before not in NOT_SUBJECT_BEFORE and before != "qui" and not _finite_verb_only(tokens[index - 1]) \
            and not object_of  # "La femme qui a épousé Paul Roy est née": the name is the object

    def _phrase_before(self, tokens, name_start: int):
        """(determiner index, gendered words) of a role phrase ending right before a name."""
        stop = name_start
        if stop > 0 and tokens[stop - 1].text == ",":
            stop -= 1
        for det_index in range(stop - 1, max(-1, stop - 18), -1):
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
                complement = end < stop and tokens[end].lower in ("de", "d'", "du", "des", "au", "aux", "en") \
                    and 2 <= stop - end <= 14 and all(t.is_word for t in tokens[end:stop]) and is_role_noun(head) \
                    and not any(t.lower in CLAUSE_OPENERS | {"qu’"} or t.lower in AVOIR or t.lower in ETRE
                                for t in tokens[end:stop])  # "La juge ... ordonna que Swango", "La ministre
                # ... Ana Costa a rencontré son homologue, le général X": a clause, not a complement
                # ("l'entraîneur d'Iga Swiatek" is her coach: "de" right before the name is possession)
                if inside and inside[0].text[:1].isupper() and not is_role_noun(inside[0].text) \
                        and not (len(inside) > 1 and inside[0].lower in TITLE_ADJECTIVES
                                 and is_role_noun(inside[1].text)):  # "le Premier ministre", "la Grande Duchesse"
                    continue  # "l'Assemblée générale": an institution, its adjectives no role
                near = stop - det_index <= 9  # further back, only a role with its long complement
                if words and (end == stop and near or complement) and is_clear_person_noun(head):
                    if stop < name_start and det_index > 0 and tokens[det_index - 1].lower in _BEFORE_AGENT \
                            and _subject_after(tokens, name_start):
                        # "réanimée par un docteur, Pasanen est décédée": the name opens the main clause,
                        # the doctor is another ("en l'honneur de la ministre, Lady Granville." is hers)
                        return None
                    if stop < name_start and _complement_of_a_person(tokens, det_index):
                        # "Le frère de la ministre, Tunde Bello": the name in apposition is the brother's
                        # (but "collègue de la docteure Melon": the role right before the name is its own)
                        return None
                    return det_index, words
        return None

    @staticmethod
    def _apposition_end(tokens, begin: int, at_end: bool = False) -> int | None:
        """Index of the comma closing an apposition that starts at ``begin``; with ``at_end``, the
        sentence's last stop too ("a déclaré Sasha Ivanova, l'entraîneuse principale.")."""
        for j in range(begin, min(len(tokens), begin + 25)):
            if tokens[j].text == ",":
                return j
            if at_end and tokens[j].text in ".!?" and j == len(tokens) - 1:
                return j
            if tokens[j].text in ".;:!?()«»\"":
                return None
        return None

    @staticmethod
    def _apposition_words(tokens, begin: int, close: int) -> list[GenderedWord]:
        """Gendered words of "ancienne diplomate et négociatrice" (optionally with a determiner), or of
        "l'un des fondateurs du parti"."""
        if begin + 2 < close and tokens[begin].lower in ("l'", "l’") and tokens[begin + 1].lower in ("un", "une") \
                and tokens[begin + 2].lower in ("des", "de", "d'", "d’"):
            return [w for w in one_of_words(tokens, begin + 1, group_if_feminine=True) if w.token.start < tokens[close].start]
        if is_phrase_determiner(tokens[begin]):
            words, end = noun_phrase_words(tokens, begin, close)
            reaches = end == close or tokens[end].lower in ("de", "d'", "du", "des") or (
                tokens[end].lower in _ROLE_COMPLEMENT_OPENERS and any(is_person_noun(t.text) for t in tokens[begin + 1:end]))
            # ("une enseignante à la retraite", "un médecin au CHU": a person's role with its complement)
            aged = past_age(tokens, end)  # "un homme de 27 ans connu des services de police"
            gender = word_gender(tokens[aged].text, ("ADJ", "VERB")) if aged < close else None
            if words and aged != end and gender and tokens[aged].text.islower() and is_agreeing_word(tokens[aged].text):
                words = words + [GenderedWord(tokens[aged], gender, "participle")]
            return words if reaches else []  # "John Reed, l'orgueilleuse indifférence de..." is no apposition
        while begin < close - 1 and is_adverb(tokens[begin].lower) and not (
                is_agreeing_word(tokens[begin].text) and tokens[begin + 1].lower in ("de", "d'", "d’")):
            begin += 1  # "Son père, aujourd'hui âgé de 84 ans, ..." (but "fort de son expérience": an adjective)
        first = tokens[begin]
        if not first.is_word or first.lower in NOT_AGREEING_OPENERS or first.lower in PREPOSITIONS \
                or first.lower == "sur" or not (is_agreeing_word(first.text) or is_person_noun(first.text)):
            return []  # ", dans une...", ", sur le premier point": not an apposition about the person
        complement_follows = begin + 1 < close and tokens[begin + 1].lower in ("de", "d'", "d’", "par")
        if (get_lexicon().is_participle(first.text) or complement_follows and is_adjective(first.text)) \
                and not is_person_noun(first.text):  # "âgée de 27 ans": an adjective with its complement
            gender = word_gender(first.text, ("VERB", "ADJ"))  # "Merkel, arrivée lundi à Paris, a..."
            words = [GenderedWord(first, gender, "participle")] if gender else []
            if begin + 2 < close and tokens[begin + 1].lower == "comme" and is_phrase_determiner(tokens[begin + 2]):
                phrase, _ = noun_phrase_words(tokens, begin + 2, close)  # "considérée comme la doyenne"
                words += phrase
            elif words:
                words += coordinated_after_complement(tokens[:close], begin + 1)  # "âgée de 27 ans et connue"
            return words
        words, person_noun = [], False
        for j in range(begin, close):
            token = tokens[j]
            if token.lower == "et":
                continue
            if token.lower in ("de", "d'", "du", "des"):
                words += coordinated_after_complement(tokens[:close], j)  # "âgée de 27 ans et connue"
                break
            if token.lower in PREPOSITIONS or token.lower in ("en", "sur", "sous"):
                break  # "professeur en santé publique": the adjectives are the complement's
            if not token.is_word:
                return []
            if is_person_noun(token.text):
                person_noun = True
            gender = word_gender(token.text)
            if gender:
                kind = "noun" if is_person_noun(token.text) else "adjective"
                words.append(GenderedWord(token, gender, kind))
        return words if person_noun else []
