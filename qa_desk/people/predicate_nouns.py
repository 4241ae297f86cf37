"""Predicate nouns and the noun phrases they head: "est une ancienne diplomate", "l'une des premières".

The words of a phrase that names a person's role agree with that person; verb_group_words
(agreement.py) calls predicate_noun_words after être, and the French readers call
noun_phrase_words on a subject's own phrase.
"""
from __future__ import annotations

from ..nlp.lexicon import determiner_gender, get_lexicon, starts_with_vowel_sound
from ..nlp.numbers_words import FRENCH_CARDINALS
from ..nlp.tokens import Token, fold
from .french_words import (EPICENE_IN_USE, GenderedWord, is_adjective, is_adverb, is_agreeing_word,
                           is_clear_person_noun, is_fixed_gender_noun, is_person_noun, is_plural, is_role_noun, word_gender)
from .role_lists import as_well_as, listed_role_indices, past_role_complement
from .verb_words import AVOIR, CLITICS, ETRE, OBJECT_OPENERS, PLURAL_DETERMINERS, PREPOSITIONS

_ARTICLES = ("un", "une", "le", "la", "l'", "l’", "leur", "son", "sa", "notre", "votre", "mon", "ma", "ce", "cette")


def predicate_noun_words(tokens: list[Token], i: int, before: list[GenderedWord]) -> list[GenderedWord] | None:
    """The words of a predicate noun phrase starting at ``i`` ("une ancienne diplomate", "l'une des
    premières", "la plus jeune", "directrice musicale, poète et professeure"), or None when no
    predicate noun starts there; ``before`` are the subject's words already found."""
    n = len(tokens)
    token, lower = tokens[i], tokens[i].lower
    if lower in ("l'", "l’") and i + 2 < n and tokens[i + 1].lower in ("un", "une") \
            and tokens[i + 2].lower in ("des", "de"):
        return one_of_words(tokens, i + 1, group_if_feminine=True)  # "il était l'une des premières"
    if lower in ("un", "une") and i + 2 < n and tokens[i + 1].lower == "des" \
            and tokens[i + 2].is_word and tokens[i + 2].text.islower():
        return one_of_words(tokens, i, group_if_feminine=True)  # "il était une des premières auteures"
    if lower in ("le", "la") and i + 2 < n and tokens[i + 1].lower in ("plus", "moins") \
            and is_agreeing_word(tokens[i + 2].text) and not is_person_noun(tokens[i + 2].text) \
            and not (i + 3 < n and tokens[i + 3].is_word and is_person_noun(tokens[i + 3].text)):
        # "elle est la plus jeune (de cinq filles)": a superlative with no noun is the subject's
        words = [GenderedWord(token, determiner_gender(token.text), "determiner")]
        gender = word_gender(tokens[i + 2].text, ("ADJ",))
        return words + [GenderedWord(tokens[i + 2], gender, "adjective")] if gender else words
    if lower in _ARTICLES and i + 1 < n:
        # predicate noun: "X est une ancienne diplomate", "X était un artiste compétent"
        words, after = noun_phrase_words(tokens, i, min(n, i + 8))
        if words:
            back = after - 1 if after > 0 and tokens[after - 1].text in (",", "et", "ou") else after
            # "est l'auteure ou la co-auteure de", "est une pilote au sein de l'Air Force et une formatrice"
            words += more_role_nouns(tokens, past_role_complement(tokens, back))
            words += _listed_roles(tokens, i + 1, before + words)
            words += coordinated_predicate_words(tokens, back, words)
        return words
    if _honour_grade(tokens, i):
        return []
    if token.is_word and not is_agreeing_word(token.text) and is_person_noun(token.text):
        return _bare_role_words(tokens, i, before)
    return None


def office_role_words(tokens: list[Token], i: int) -> list[GenderedWord]:
    """The role named after "le rôle de", "le poste de" at ``i``: a noun there, even one that is an
    adjective too ("le rôle de directrice", where a predicate could be "directrice" the adjective)."""
    found = predicate_noun_words(tokens, i, [])
    if found is None and is_person_noun(tokens[i].text):
        found = _bare_role_words(tokens, i, [])
    if not found:
        return []
    # "sous le titre de coordinatrice pédagogique et d'animatrice principale": a second role, its de repeated
    last = max(w.token.end for w in found)
    j = next((k for k in range(i, len(tokens)) if tokens[k].start >= last), len(tokens))
    while j < len(tokens) and tokens[j].text.islower() and tokens[j].lower not in ("et", "ou") \
            and is_adjective(tokens[j].text):
        j += 1  # past adjectives of both genders ("pédagogique")
    if j + 2 < len(tokens) and tokens[j].lower in ("et", "ou") and tokens[j + 1].lower in ("de", "d'", "d’") \
            and tokens[j + 2].text.islower() and is_person_noun(tokens[j + 2].text):
        found = found + office_role_words(tokens, j + 2)
    return found


def _bare_role_words(tokens: list[Token], i: int, before: list[GenderedWord]) -> list[GenderedWord]:
    """"elle est directrice", "fut apprentie ingénieure", "est devenu élève instructrice": a role
    noun without its article, a second one in apposition, and what is listed after them."""
    n = len(tokens)
    words: list[GenderedWord] = []
    gender = word_gender(tokens[i].text, ("NOUN",))
    if gender:
        words.append(GenderedWord(tokens[i], gender, "noun"))
        second = tokens[i + 1] if i + 1 < n else None
        second_gender = word_gender(second.text, ("NOUN",)) if second is not None \
            and second.text.islower() and second.lower != "chef" and is_clear_person_noun(second.text) else None
        if second_gender:
            i += 1  # "fut apprentie ingénieure": a second role noun in apposition agrees too
            words.append(GenderedWord(second, second_gender, "noun"))
    elif i + 1 < n and tokens[i + 1].text.islower() and is_person_noun(tokens[i + 1].text) \
            and tokens[i + 1].lower != "chef" and _epicene_noun(tokens[i].text):
        # "est devenu élève instructrice", "élève infirmière": the second noun shows it
        # ("médecin chef": a "chef" after a noun is its modifier, the first noun is the head)
        i += 1
        gender = word_gender(tokens[i].text, ("NOUN",))
        if gender:
            words.append(GenderedWord(tokens[i], gender, "noun"))
    adjectives = more_adjectives(tokens, i + 1)  # "a été nommé directeur musical"
    words += adjectives
    # "est féministe, poète, écrivaine et professeure", "professeure d'éloquence et détentrice"
    words += more_role_nouns(tokens, past_role_complement(tokens, i + 1 + len(adjectives)))
    words += _listed_roles(tokens, i + 1, before + words)
    return words


def more_adjectives(tokens: list[Token], k: int) -> list[GenderedWord]:
    """Singular adjectives right after a predicate noun: "directeur musical", "cheffe principale"."""
    words = []
    if _en_cheffe(tokens, k):  # "inspectrice en cheffe": the feminine complement goes with the noun
        return [GenderedWord(tokens[k + 1], "f", "noun")] + more_adjectives(tokens, k + 2)
    while k < len(tokens) and tokens[k].is_word and tokens[k].text.islower() and is_agreeing_word(tokens[k].text) \
            and not is_plural(tokens[k].text) and tokens[k].lower not in PREPOSITIONS:
        gender = word_gender(tokens[k].text, ("ADJ", "VERB"))
        if gender:
            words.append(GenderedWord(tokens[k], gender, "adjective"))
        k += 1
    return words


def _en_cheffe(tokens: list[Token], k: int) -> bool:
    """"rédactrice en cheffe": the feminine form of "en chef", which a man's role cannot keep (the
    masculine "en chef" is said of women too, so it is left as it is)."""
    return k + 1 < len(tokens) and tokens[k].lower == "en" and tokens[k + 1].lower == "cheffe"


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
    nominal = False  # "l'une des premières à", "l'un des seuls qui": an adjective standing as the noun
    for j in range(i + 2, min(len(tokens), i + 6)):
        token = tokens[j]
        if not token.is_word or token.lower in PREPOSITIONS or token.lower in ("qui", "que", "qu'", "qu’"):
            nominal = token.lower in ("à", "qui") or token.text in (",", ".", ";")
            break
        form = word_gender(token.text, ("ADJ", "NOUN", "VERB"))
        singular = token.text[:-1] if token.lower.endswith(("s", "x")) else token.text
        person = any(is_role_noun(w) or is_clear_person_noun(w) for w in {token.text, singular})
        if not person and form and _ends_phrase(tokens, j + 1) and is_person_noun(singular) \
                and all(w is not None and is_adjective(w.token.text) for w in group):
            person = True  # "l'une des premières pratiquantes de": a person noun that is an adjective too
        if form is None and not person and _shows_no_gender_before_noun(token):
            continue  # "l'une des rares joueuses", "l'un des cinq membres": the noun comes after
        if form is None:
            if is_plural(token.text) and get_lexicon().analyses(token.text) and (group or person and gender == "f"):
                # "l'une des premières conservationnistes": an epicene noun ends it; "l'une des
                # membres": a man is no "une" of them (a woman may be "l'un des membres")
                group.append(None)
            break
        group.append(GenderedWord(token, form, "noun" if person else "adjective"))
        if person:
            break
    if not group or (group[-1] is not None and group[-1].kind != "noun" and not nominal):
        return []
    nominal = nominal and group[-1] is not None and group[-1].kind != "noun"
    # with no noun, the adjective is the person's own: "elle fut l'une des premières à travailler"
    group = [w for w in group if w is not None and (w.gender == "f" or not group_if_feminine or nominal)]
    return words + group


def _ends_phrase(tokens: list[Token], j: int) -> bool:
    return j >= len(tokens) or not tokens[j].is_word or tokens[j].lower in PREPOSITIONS \
        or tokens[j].lower in ("qui", "que", "qu'", "qu’", "et", "ou")


def _shows_no_gender_before_noun(token: Token) -> bool:
    """A number, or an adjective of both genders and no noun reading ("rares", "célèbres")."""
    if token.text.isdigit() or token.lower in FRENCH_CARDINALS:
        return True
    readings = get_lexicon().analyses(token.text)
    return bool(readings) and all(e.pos == "ADJ" and e.gender == "e" for e in readings)


def more_role_nouns(tokens: list[Token], k: int) -> list[GenderedWord]:
    """Role nouns listed after a predicate: ", anthropologue, poète, écrivaine et professeure" (a
    listed word that is no role noun, epicene or not, ends the list unless it shows no gender)."""
    words = []
    articles = {"le", "un", "la", "une", "l'", "l’"}
    while k + 1 < len(tokens) and (tokens[k].text in (",", "et", "ou", "/", "puis") or as_well_as(tokens, k)):
        if tokens[k].text == "," and k + 2 < len(tokens) and tokens[k + 1].lower in ("et", "ou", "puis"):
            k += 1  # "directrice de studio, puis présentatrice", ", et professeure"
        elif tokens[k].text == "," and as_well_as(tokens, k + 1) and k + 3 < len(tokens):
            k += 2  # "une peintre accomplie, ainsi qu'une érudite"
        elif as_well_as(tokens, k):
            k += 1
        if not (tokens[k + 1].is_word \
                and tokens[k + 1].text.islower() and not is_plural(tokens[k + 1].text)):
            break
        if tokens[k + 1].lower in articles and k + 2 < len(tokens) and is_person_noun(tokens[k + 2].text):
            # "l'auteure ou la co-auteure", "ainsi qu'une érudite"
            if k + 3 < len(tokens) and (tokens[k + 3].lower in ETRE or tokens[k + 3].lower in AVOIR
                                        or tokens[k + 3].lower in CLITICS and not _complement_en(tokens, k + 3)):
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
            adjectives = more_adjectives(tokens, k + 2)  # "journaliste et présentatrice sportive"
            words += adjectives
            k += len(adjectives)
        elif is_agreeing_word(word):  # "chanteur, beau et riche": adjectives listed with the nouns
            gender = word_gender(word, ("ADJ", "VERB", "NOUN"))
            if gender:
                words.append(GenderedWord(tokens[k + 1], gender, "adjective"))
            if is_person_noun(word):  # "vice-présidente exécutive et directrice financière": a role's own
                adjectives = more_adjectives(tokens, k + 2)
                words += adjectives
                k += len(adjectives)
        elif not _epicene_noun(word):
            break  # "est anthropologue, comme": epicene nouns go on, anything else ends the list
        k += 2
    return words


def _complement_en(tokens: list[Token], k: int) -> bool:
    """"une érudite en histoire": "en" before no verb opens the noun's complement, no clitic."""
    following = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return tokens[k].lower == "en" and following not in ETRE and following not in AVOIR \
        and following not in CLITICS and not following.endswith(("ait", "ent", "èrent", "a"))


_SINGULAR_ARTICLES = {"un", "une", "le", "la"}
_PERSON_OPENERS = {"un", "une", "le", "la", "l'", "l’", "les", "des", "de", "d'", "d’", "du", "au", "aux", "à"}
_CLAUSE_ENDS = {"qui", "que", "qu'", "qu’", "dont", "où", "mais", "car", "lorsque", "quand", "si", "puis"}


def coordinated_predicate_words(tokens: list[Token], k: int, words: list[GenderedWord]) -> list[GenderedWord]:
    """A second predicate noun phrase coordinated with the first, past a short modifier of it:
    "un mécanicien et un chanteur", "un trappeur haut en couleur, et un organisateur crucial",
    "une mère célibataire par choix et une défenseuse acharnée" (the modifier names no person and
    holds no verb; a plural or a possessive phrase may be someone else)."""
    if not words:
        return []
    n = len(tokens)
    taken = {w.token.start for w in words}
    for j in range(k, min(n - 2, k + 7)):
        token = tokens[j]
        if token.lower == "et" or token.text == "," and tokens[j + 1].lower in _SINGULAR_ARTICLES:
            start = j + 2 if token.text == "," or tokens[j + 1].text == "," else j + 1
            if token.text == "," and tokens[j + 1].lower == "et":
                start = j + 2
            if start >= n or tokens[start].lower not in _SINGULAR_ARTICLES:
                return []
            found, _ = noun_phrase_words(tokens, start, min(n, start + 8))
            return [w for w in found if w.token.start not in taken]
        if not token.is_word and token.text != "," or token.lower in _CLAUSE_ENDS or token.lower in ETRE \
                or token.lower in AVOIR or token.lower in CLITICS and token.lower != "en" \
                or token.text.islower() and is_person_noun(token.text) and tokens[j - 1].lower in _PERSON_OPENERS \
                or get_lexicon().is_participle(token.text):
            return []
    return []


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


def _epicene_noun(word: str) -> bool:
    return word.lower() in EPICENE_IN_USE or any(e.pos == "NOUN" and e.gender == "e" for e in get_lexicon().analyses(word))


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
            if lower == "à" and i + 2 < stop and tokens[i + 1].lower in ("la", "l'", "l’") \
                    and tokens[i + 2].text[:1].isupper():
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
        if head_seen and _en_cheffe(tokens, i):
            out.append(GenderedWord(tokens[i + 1], "f", "noun"))  # "l'inspectrice en cheffe"
            i += 2
            continue
        if head_seen and lower in ("le", "la") and i + 2 < stop and tokens[i + 1].lower in ("plus", "moins") \
                and is_agreeing_word(tokens[i + 2].text):  # "l'artiste le plus nominé", "la plus accomplie"
            out.append(GenderedWord(token, determiner_gender(token.text), "determiner"))
            gender = word_gender(tokens[i + 2].text, ("ADJ", "VERB"))
            if gender:
                out.append(GenderedWord(tokens[i + 2], gender, "adjective"))
            i += 3
            continue
        if not token.is_word or lower in PREPOSITIONS or is_plural(token.text):
            break  # "la première femme sur le terrain"
        if token.text.islower() and is_fixed_gender_noun(token.text) and not any(
                w.kind == "noun" and not is_agreeing_word(w.token.text) for w in out):
            return [], i  # "la nouvelle recrue", "la victime": the noun's own gender (not "un écrivain star")
        next_is_noun = i + 1 < stop and tokens[i + 1].is_word and is_person_noun(tokens[i + 1].text)
        if not head_seen and is_agreeing_word(token.text) and _thing_noun_next(tokens, i + 1, stop, token.text):
            return [], i  # "le principal soutien", "la première chose": an adjective before a thing's noun
        if not head_seen and is_person_noun(token.text) and not (is_agreeing_word(token.text) and next_is_noun):
            head_seen = True
            gender = word_gender(token.text, ("NOUN",))
            if gender:
                out.append(GenderedWord(token, gender, "noun"))
        elif is_agreeing_word(token.text) or is_person_noun(token.text):
            gender = word_gender(token.text, ("ADJ", "VERB", "NOUN"))
            # "une peintre portraitiste et dessinatrice": a second role noun is a noun of the phrase
            kind = "adjective" if is_agreeing_word(token.text) else "noun"
            if gender:
                out.append(GenderedWord(token, gender, kind))
        else:
            break
        i += 1
    return (out, i) if head_seen else ([], i)


def _thing_noun_next(tokens: list[Token], k: int, stop: int, adjective: str) -> bool:
    """A lower-case noun at ``k`` that names no person, is no adjective and has the gender of the
    ``adjective`` before it: "le principal soutien", "la première chose" (not "la scientifique
    donne", where the adjective shows no gender and "donne" is the verb)."""
    if k >= stop or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    word, gender = tokens[k].text, word_gender(adjective, ("ADJ",))
    return gender is not None and not is_person_noun(word) and not is_agreeing_word(word) \
        and word_gender(word, ("NOUN",)) == gender


# Determiners before adjectives that are no one person's ("les jeunes X et Y", "du jeune X": a complement).
_NOT_ONE_PERSON = PLURAL_DETERMINERS | {"des", "aux", "du"}


def adjective_phrase_before(tokens: list[Token], name_start: int) -> tuple[int, list[GenderedWord]] | None:
    """(determiner index, gendered words) of a determiner and one or two adjectives right before a
    name, with no noun: "le jeune Anna Berg", "la talentueuse Paul Berg", "le regretté X" — the
    name's own words (None when none of them shows a gender)."""
    j, adjectives = name_start - 1, []
    while j > 0 and len(adjectives) < 2 and tokens[j].text.islower() and is_agreeing_word(tokens[j].text):
        adjectives.append(tokens[j])
        j -= 1
    if not adjectives or j < 0 or tokens[j].lower in _NOT_ONE_PERSON:
        return None
    det_gender = determiner_gender(tokens[j].text)
    if det_gender is None:
        return None
    words = [GenderedWord(tokens[j], det_gender, "determiner")] if det_gender in ("m", "f") else []
    for token in reversed(adjectives):
        gender = word_gender(token.text, ("ADJ", "VERB"))
        if gender in ("m", "f"):
            words.append(GenderedWord(token, gender, "adjective"))
    return (j, words) if words else None
