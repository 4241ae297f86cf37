"""Nouns that are a sex by meaning: "Her mother studied..." -> "Son père a étudié..." is wrong
whoever the person is. When the English speaks only of women (or only of men) and the French only
of the other sex, each such French noun is fixed with what agrees with it: its determiner and
adjectives, its own stressed pronoun, "l'une des (sept)" before it, the verb group after it.

Read on the texts alone (cached by them); the gender check turns each finding into an issue.
"""
from __future__ import annotations

import re

from functools import lru_cache

from ..nlp.lexicon import determiner_for, determiner_gender, get_lexicon, starts_with_vowel_sound
from ..nlp.numbers_words import FRENCH_CARDINALS
from ..nlp.tokens import fold, tokenize
from .agreement import coordinated_predicates, verb_group_words
from .french_groups import both_apposition
from .french_clauses import (main_verb_after_relative, past_age_apposition, past_complement, past_dont_relative,
                             relative_between_commas)
from .french_phrases import PhraseReader, role_apposition
from .verb_words import PREPOSITIONS
from .french_words import (STRESSED, GenderedWord, is_agreeing_word, is_plural, is_plural_agreeing, rewrite,
                           word_gender)
from .gendered_words import english_sex_words, french_gendered_nouns
from .wordlists import translates_role, word_tables


def _role_determiners(english, french, french_text: str, want: str, sex: str, clue):
    """"the spokeswoman said" -> "a dit le porte-parole": the English role word states a sex
    (spokeswoman, chairman, actress) and the French role phrase has the other one."""

    if want != "f":
        return  # "chairman", "spokesman" are also said of women; "spokeswoman" is said of no man
    _, roles = word_tables()
    forms = {}
    for token in english:
        row = roles.get(token.lower)
        if row and row["gender"] == ("female" if want == "f" else "male"):
            forms[row["m"].lower()] = forms[row["f"].lower()] = row[want]
    for i in range(1, len(french)):
        noun, det = french[i], french[i - 1]
        if noun.lower not in forms or determiner_gender(det.text) not in ("m", "f") \
                or determiner_gender(det.text) == want:
            continue
        right = forms[noun.lower]
        new_det = determiner_for(det.text, want, right)
        if new_det:
            yield (det.start, noun.end, new_det + french_text[det.end:noun.start] + right,
                   f"The source speaks of a {sex} ('{clue.text}'): '{det.text} {noun.text}' does not.",
                   (clue.text, clue.start, clue.end, "female" if want == "f" else "male"))


@lru_cache(maxsize=200_000)
def swapped_sex_nouns(english_text: str, french_text: str) -> tuple:
    """(start, end, suggestion, message, (clue, start, end, gender)) per French noun of the other
    sex; cached by the texts, so a re-check after one edit costs a lookup per segment."""

    english = tokenize(english_text, False)  # the cast's own tokens, cached
    sex_words = english_sex_words(english)
    sexes = {gender for _, gender in sex_words}
    if len(sexes) == 2:
        return _swaps_beside_the_other_sex(english, sex_words, french_text)
    if len(sexes) != 1:
        return ()
    want = next(iter(sexes))
    french = tokenize(french_text)
    clue = sex_words[0][0]
    sex = "woman" if want == "f" else "man"
    out = list(_role_determiners(english, french, french_text, want, sex, clue))
    nouns = french_gendered_nouns(french, {t.lower for t in english})
    # a French noun of the person's sex beside one of the other: "Quand les fils grandissent, ... de
    # leurs mères" for "the daughters ... their mothers" is still a swap when the English has as many
    # nouns of its one sex as the French has nouns of both (an English noun the tables lack, as in
    # "her brother-in-law and her sister", leaves the English short: left alone)
    if all(gender == want for _, gender, _ in nouns) or any(gender == want for _, gender, _ in nouns) \
            and len(sex_words) < len(nouns):
        return tuple(out)
    for i, gender, other in nouns:
        _swap_noun(french, french_text, i, gender, other, want, sex_words, clue, out)
    return tuple(out)


def _swaps_beside_the_other_sex(english, sex_words, french_text: str) -> tuple:
    """"the empress authorized a venture with American businessmen" -> "l'empereur ... des hommes
    d'affaires": the English speaks of both sexes, so a French noun is a swap only when its other
    sex's word renders an English noun of that sex, and the noun itself renders none of them."""
    french = tokenize(french_text)
    out: list = []
    for i, gender, other in french_gendered_nouns(french, {t.lower for t in english}):
        want = "f" if gender == "m" else "m"
        clues = [word for word, sex in sex_words if sex == want and translates_role(word.text, other)]
        if not clues or any(sex == gender and translates_role(word.text, french[i].text) for word, sex in sex_words):
            continue  # (the tables give a role's two forms: "empress" renders "empereur" too, of the other sex)
        if any(sex == gender and word.lower in ("male", "males", "female", "females") for word, sex in sex_words) \
                or any(fold(t.text) == fold(other) for t in french):
            continue  # "a male police officer" -> "un policier"; "the man or woman" -> "un homme ou une femme"
        if sum(sex == want and translates_role(word.text, other) for word, sex in sex_words) != 1:
            continue  # two English nouns of that sex: which French noun is which is the translator's
        _swap_noun(french, french_text, i, gender, other, want, [(clues[0], want)], clues[0], out)
    return tuple(out)


def _swap_noun(french, french_text: str, i: int, gender: str, other: str, want: str, sex_words, clue,
               out: list) -> None:
    """Append to ``out`` the fix of the French noun at ``i`` (of ``gender``, ``other`` in the other sex),
    with what agrees with it, for a person of sex ``want``."""
    sex, other_sex = ("woman", "man") if want == "f" else ("man", "woman")
    if gender == want:
        return
    if any(a <= french[i].start < b for a, b, *_ in out):
        return  # "Son père était un homme": "homme" is in the fix of "père" already
    if french[i].text[:1].isupper() and is_plural(french[i].text) and i > 0 and i + 1 < len(french) \
            and french[i + 1].text[:1].isupper():
        return  # "sur Princes Street": a plural inside a name is kept as written (a title, "Lady X", is not)
    plural = is_plural(french[i].text) or not get_lexicon().analyses(french[i].text) \
        and french[i].lower.endswith("s") and other.lower().endswith("s")  # "ladies" / "lords": loans
    if not plural and not is_plural(other) and i > 0 and _counts_many(french[i - 1]):
        plural = True  # "trois fils" -> "trois filles", "ses époux": a noun alike in both numbers
        other = get_lexicon().inflect(other, want, "p") or other  # the case kept
    start, end, suggestion = french[i].start, french[i].end, other
    # "Un gigantesque homme", "une petite fille", "de petite reine": adjectives before the noun
    adjectives = []
    k = i - 1
    while k > 0 and (_ordinal_part(french, k) or french[k].is_word and french[k].text.islower()
                     and determiner_gender(french[k].text) is None and french[k].lower not in PREPOSITIONS
                     and (rewrite_adjective(french[k], want, plural) is not None
                          or adjectives and french[k].lower in _INTENSIFIERS)) and k >= i - 4:
        adjectives.insert(0, k)  # "un très beau garçon": the adverb stays, the adjective changes
        k -= 1
    if adjectives:
        new_adjectives = [_ordinal_part(french, j, want) or (french[j].text if french[j].lower in _INTENSIFIERS
                          else rewrite_adjective(french[j], want, plural)) for j in adjectives]
        new_adjectives[-1] = _before_vowel(new_adjectives[-1], other, plural)  # "un nouvel empereur"
        gendered = determiner_gender(french[k].text) in ("m", "f")
        new_det = determiner_for(french[k].text, want, new_adjectives[0]) if gendered else ""
        if new_det is not None:
            start = french[k].start if gendered else french[adjectives[0]].start
            suggestion = new_det + french_text[french[k].end:french[adjectives[0]].start] if gendered else ""
            for n, j in enumerate(adjectives):
                suggestion += new_adjectives[n] + french_text[french[j].end:(
                    french[adjectives[n + 1]].start if n + 1 < len(adjectives) else french[i].start)]
            suggestion += other
    elif i > 0 and determiner_gender(french[i - 1].text) in ("m", "f"):
        new_det = determiner_for(french[i - 1].text, want, other)
        if new_det:  # "un garçon" -> "une fille", "son père" -> "sa mère"
            start = french[i - 1].start
            between = "" if new_det.endswith(("'", "’")) else french_text[french[i - 1].end:french[i].start]
            suggestion = new_det + between + other
    elif i > 0:
        elision = _re_elide(french[i - 1].text, other, want)
        if elision is not None:  # "l'homme" -> "la femme", "de femmes" -> "d'hommes"
            start = french[i - 1].start
            suggestion = elision + other
    first = i if start == french[i].start else next(n for n, t in enumerate(french) if t.start == start)
    # "toutes les hommes" -> "tous les hommes", "l'une des sept sœurs" -> "l'un des sept frères"
    one_of = _one_of_before(french, first)
    for before, forms in ((_every_before(french, first), ("tous", "toutes")), (one_of, ("un", "une"))):
        if before is not None:
            word = forms[0] if want == "m" else forms[1]
            word = word.capitalize() if french[before].text[:1].isupper() else word
            suggestion = word + french_text[french[before].end:start] + suggestion
            start = french[before].start
    # "des femmes irlandaises", "des sœurs ducales": the adjectives right after the noun
    k = _past_bare_complement(french, i + 1, gender)
    while k < len(french) and french[k].is_word and french[k].text.islower() and not french[k].lower in PREPOSITIONS:
        if french[k].lower in _INTENSIFIERS and k + 1 < len(french) and word_gender(french[k + 1].text, ("ADJ",)):
            k += 1  # "une femme très gentille": the adverb stays
            continue
        new = rewrite_adjective(french[k], want, plural) if word_gender(french[k].text, ("ADJ",)) else None
        if not new:
            break
        suggestion += french_text[end:french[k].start] + new
        end = french[k].end
        k += 1
    # "les femmes polonaises les plus influentes", "la femme la plus âgée": a superlative after the noun
    if k + 2 < len(french) and french[k].lower in ("le", "la", "les") and french[k + 1].lower in ("plus", "moins") \
            and word_gender(french[k + 2].text, ("ADJ",)) not in (want, None):
        new = rewrite_adjective(french[k + 2], want, plural)
        if new:
            article = french[k].text if french[k].lower == "les" else ("le" if want == "m" else "la")
            suggestion += french_text[end:french[k].start] + article + french_text[french[k].end:french[k + 2].start] + new
            end = french[k + 2].end
            k += 3
    # "la baronne elle-même", "Le père de McAbee, quant à elle, était": the noun's own stressed pronoun
    k, stressed = _noun_stressed_pronoun(french, k)
    if stressed is not None and SEX_OF_STRESSED.get(stressed.lower) not in (want, None):
        new = STRESSED[stressed.lower]
        suggestion += french_text[end:stressed.start] + (new.capitalize() if stressed.text[:1].isupper() else new)
        end = stressed.end
    # "Son père était enseignant" -> "Sa mère était enseignante": what agrees with the noun follows it
    # ("Les garçons ... étaient amenés")
    # "Une des filles est morte" -> "Un des fils est mort": the subject is the one of them
    # "la reine, en tant que présidente, avait": a role held, in apposition, then the verb group
    k = past_age_apposition(french, k)  # "L'homme, 45 ans, a été arrêté"
    role_words, k = ([], k) if plural else role_apposition(french, k)
    following = role_words + verb_group_words(french, k, plural=plural and one_of is None) \
        or verb_group_words(french, past_complement(french, k), plural=plural and one_of is None)
    if following and not plural and one_of is None:
        following += coordinated_predicates(french, k)  # "Son père fut ... régent et est reconnu"
    after = _relative_after(french, k)  # "une fille de 10 ans qui avait été mordue"
    if after is not None:
        following += verb_group_words(french, after, plural=plural)
        main = main_verb_after_relative(french, after)
        if main is not None and _opens_main_clause(french, first):  # "L'homme qui a été abattu lundi est mort"
            following += verb_group_words(french, main, plural=plural and one_of is None)
    elif not following and (relative := relative_between_commas(french, k, gender)) is not None:
        # "Un petit-fils de la victime, qui n'a pas été nommé, s'est dit choqué"
        following = verb_group_words(french, relative[0], plural=plural) \
            + verb_group_words(french, relative[1] + 1, plural=plural and one_of is None)
    elif not following and (after_dont := past_dont_relative(french, k)) is not None:
        following = verb_group_words(french, after_dont, plural=plural and one_of is None)  # ", dont le nom ...,"
    elif not following and plural and one_of is None and (both := both_apposition(french, k))[0]:
        inner, after_both = both  # "Les deux frères, tous deux avocats, sont nés"
        following = [w for w in inner if w.kind != "determiner"] + verb_group_words(french, after_both, plural=True)
    elif not following and plural and one_of is None and (detached := _plural_detached(french, k)) is not None:
        inner, close = detached  # "les deux garçons, âgés de 14 et 15 ans, avaient été retrouvés"
        following = inner + verb_group_words(french, close + 1, plural=True)
    elif not following and not plural and not any(t.text[:1].isupper() for t in french[i + 1:k]) \
            and (detached := _detached_apposition(french, k)) is not None:  # (not "de Granville, une")
        # "Le garçon, âgé de 12 ans, a été retrouvé", "Sa femme, l'actrice X, n'était pas présente"
        inner, close = detached
        following = inner + verb_group_words(french, close + 1) + coordinated_predicates(french, close + 1)
    agreeing = [w for w in following if w.gender not in (want, None)]
    changed = [(w, rewrite(w, want)) for w in agreeing]
    for n in range(len(changed) - 1):  # "est la tante" -> "est l'oncle": a determiner before the new noun
        (word, new), (nxt, nxt_new) = changed[n], changed[n + 1]
        if word.kind in ("determiner", "adjective") and nxt_new \
                and french_text[word.token.end:nxt.token.start].strip() == "":
            changed[n] = (word, rewrite(word, want, nxt_new) or new)
    if changed and all(new for _, new in changed):
        for word, new in changed:
            gap = french_text[end:word.token.start]
            elided = _ELIDED_AT_END.search(gap) if word.kind == "noun" else None
            opened = _re_elide(elided.group(1), new, want) if elided else None
            if opened is not None:  # "est l'oncle" -> "est la tante"
                gap = gap[:elided.start(1)] + opened
            suggestion += (gap.strip() if suggestion.endswith(("'", "’")) else gap) + new
            end = word.token.end
    # the evidence is the English word the right noun translates ("aunts" for "oncles" -> "tantes")
    # when there is one, not merely the sentence's first word of that sex ("the little girl")
    shown = next((word for word, _ in sex_words if translates_role(word.text, other)), clue)
    message = f"The source speaks of a {sex} ('{shown.text}'): '{french[i].text}' names a {other_sex}."
    out.append((start, end, suggestion, message,
                (shown.text, shown.start, shown.end, "female" if want == "f" else "male")))
    if plural:
        message = f"The source speaks of a {sex} ('{shown.text}'): '{{}}' stands for the '{french[i].text}'."
        out.extend(_one_of_them(french, french_text, k, want, message, shown))
        out.extend(_all_of_them(french, french_text, k, want, message, shown))


_MANY = {"aux", "quelques", "plusieurs", "mille", "nombreux"}


def _counts_many(token) -> bool:
    """A determiner or number before a noun that says it is plural ("trois", "ses", "12")."""
    return token.lower in _MANY or token.lower in _PLURAL_DETERMINERS or token.lower in _CARDINALS \
        or token.text.isdigit() and token.text != "1"


_ELIDED_AT_END = re.compile(r"(?<!\w)([lLdD]['’])$")
_OF_THEM = {"eux": ("m", "elles"), "elles": ("f", "eux")}


def _one_of_them(french, french_text: str, k: int, want: str, message: str, clue) -> list[tuple]:
    """"deux tantes ..., l'une d'entre elles" -> "deux oncles ..., l'un d'entre eux": the group's
    "un(e) d'entre eux/elles" later in the sentence changes with the group's noun."""
    for j in range(k, len(french) - 3):
        if french[j].text in ".;!?":
            break
        if french[j].lower in ("un", "une") and french[j + 1].lower in ("d'", "d’") \
                and french[j + 2].lower == "entre" and french[j + 3].lower in _OF_THEM:
            gender, other = _OF_THEM[french[j + 3].lower]
            if gender == want:
                return []
            one = "un" if want == "m" else "une"
            suggestion, end = one + french_text[french[j].end:french[j + 3].start] + other, french[j + 3].end
            changed = [(w, rewrite(w, want)) for w in verb_group_words(french, j + 4) if w.gender not in (want, None)]
            if changed and all(new for _, new in changed):  # "l'une d'entre elles est devenue"
                for word, new in changed:
                    suggestion += french_text[end:word.token.start] + new
                    end = word.token.end
            return [(french[j].start, end, suggestion,
                     message.format(french_text[french[j].start:french[j + 3].end]),
                     (clue.text, clue.start, clue.end, "female" if want == "f" else "male"))]
    return []


_CLAUSE_ENDS = {".", ";", "!", "?", ":", "qui", "que", "qu'", "qu’", "il", "elle", "ils", "elles", "on"}


def _all_of_them(french, french_text: str, k: int, want: str, message: str, clue) -> list[tuple]:
    """"Les ducs de Kent et de Gloucester ont toutes deux hérité" -> "tous deux": the quantifier
    that floats after the group's verb, in the same clause, is the group's ("tous deux", "toutes les
    trois"). The clause ends at a stop, a relative or another subject pronoun."""
    for j in range(k, len(french) - 1):
        if french[j].lower in _CLAUSE_ENDS or french[j].text == "," and french[j + 1].lower not in ("tous", "toutes"):
            return []
        if french[j].lower not in ("tous", "toutes"):
            continue
        count = j + 2 if french[j + 1].lower == "les" and j + 2 < len(french) else j + 1
        # "Les trois sœurs, toutes médecins, ont": in apposition right after the group, closed by a comma
        apposed = j == k + 1 and french[k].text == "," and french[j + 1].lower != "les" \
            and any(t.text == "," for t in french[j + 2:j + 6])
        if not (french[count].lower in _CARDINALS or french[count].text.isdigit() or apposed):
            return []  # "tous les hommes": a new group, not this one's quantifier
        gender = "m" if french[j].lower == "tous" else "f"
        if gender == want:
            return []
        word = "tous" if want == "m" else "toutes"
        word = word.capitalize() if french[j].text[:1].isupper() else word
        return [(french[j].start, french[j].end, word, message.format(french[j].text),
                 (clue.text, clue.start, clue.end, "female" if want == "f" else "male"))]
    return []


SEX_OF_STRESSED = {"elle": "f", "lui": "m", "elles": "f", "eux": "m", "elle-même": "f", "lui-même": "m",
                   "elles-mêmes": "f", "eux-mêmes": "m"}


def _noun_stressed_pronoun(tokens, k: int):
    """(index after, stressed pronoun token or None) after a noun phrase ending at ``k``: "elle-même"
    right after it, or ", quant à elle," after it and a name complement ("de McAbee")."""
    j = k
    if j + 1 < len(tokens) and tokens[j].lower in ("de", "d'", "d’") and tokens[j + 1].text[:1].isupper():
        j += 1
        while j < len(tokens) and tokens[j].text[:1].isupper():
            j += 1
    if j < len(tokens) and tokens[j].lower in ("elle-même", "lui-même", "elles-mêmes", "eux-mêmes"):
        return j + 1, tokens[j]
    if j + 4 < len(tokens) and tokens[j].text == "," and tokens[j + 1].lower == "quant" \
            and tokens[j + 2].lower == "à" and tokens[j + 3].lower in SEX_OF_STRESSED and tokens[j + 4].text == ",":
        return j + 5, tokens[j + 3]
    return (j, None) if j > k and j < len(tokens) and not tokens[j].is_word else (k, None)


_INTENSIFIERS = {"très", "si", "plus", "fort", "trop", "assez", "bien", "aussi"}
_BEFORE_VOWEL = {"nouveau": "nouvel", "beau": "bel", "vieux": "vieil", "fou": "fol", "mou": "mol"}


def _before_vowel(adjective: str, noun: str, plural: bool) -> str:
    """"nouveau" -> "nouvel" before "empereur" (a singular masculine noun with a vowel sound)."""
    form = _BEFORE_VOWEL.get(adjective.lower())
    if form and not plural and starts_with_vowel_sound(noun):
        return form.capitalize() if adjective[:1].isupper() else form
    return adjective


_CARDINALS = FRENCH_CARDINALS


def _past_bare_complement(tokens, k: int, gender: str) -> int:
    """The index after a bare complement at ``k`` ("d'affaires" in "hommes d'affaires brésiliens",
    "... les plus influents") when the adjective after it agrees with the noun, in ``gender``, and
    cannot agree with the complement (another gender or number), else ``k``: "femmes d'affaires
    brésiliennes" could be either's and stays with its complement."""
    if k + 2 >= len(tokens) or tokens[k].lower not in ("de", "d'", "d’"):
        return k
    complement = tokens[k + 1]
    complement_gender = word_gender(complement.text, ("NOUN",))
    if not complement.is_word or not complement.text.islower() or determiner_gender(complement.text) is not None \
            or complement_gender is None:
        return k
    at = k + 2
    if at + 2 < len(tokens) and tokens[at].lower in ("le", "la", "les") and tokens[at + 1].lower in ("plus", "moins"):
        at += 2  # "les hommes d'affaires les plus influents"
    adjective = tokens[at]
    if not adjective.text.islower() or word_gender(adjective.text, ("ADJ",)) != gender:
        return k
    if complement_gender == gender and is_plural(adjective.text) == is_plural(complement.text):
        return k
    return k + 2


_PLURAL_DETERMINERS = {"les", "des", "ces", "ses", "mes", "tes", "leurs", "nos", "vos"}


def _every_before(tokens, first: int) -> int | None:
    """The tous/toutes of "toutes les femmes" before a noun phrase starting at ``first`` (at its
    determiner, or at the noun right after a plural determiner), else None."""
    j = first - 1 if tokens[first].lower not in _PLURAL_DETERMINERS else first
    if j < 1 or tokens[j].lower not in _PLURAL_DETERMINERS:
        return None
    return j - 1 if tokens[j - 1].lower in ("tous", "toutes") else None


def _one_of_before(tokens, first: int) -> int | None:
    """The un/une of "l'une des (sept) sœurs", "une de ses tantes", "un de ces hommes" before a noun
    phrase starting at ``first``, else None."""
    j = first - 1
    while j > 0 and (tokens[j].lower in _CARDINALS or tokens[j].text.isdigit()):
        j -= 1
    if j > 1 and tokens[j].lower in _PLURAL_DETERMINERS - {"les", "des"} and tokens[j - 1].lower in ("de", "d'", "d’"):
        j -= 1  # "une de ses tantes": de and a plural possessive or demonstrative
    elif not (j > 0 and tokens[j].lower == "des"):
        return None
    return j - 1 if tokens[j - 1].lower in ("un", "une") else None


_ORDINAL_ENDINGS = {"e", "ème", "eme", "è", "er", "re", "ère"}


def _ordinal_part(tokens, k: int, gender: str | None = None) -> str | None:
    """The digits or the ending of a written ordinal ("7" and "e" of "le 7e baron", tokens apart),
    in ``gender`` when given ("1er" -> "1re"); None for any other token."""
    token = tokens[k]
    if token.text.isdigit() and k + 1 < len(tokens) and tokens[k + 1].start == token.end \
            and tokens[k + 1].lower in _ORDINAL_ENDINGS:
        return token.text
    if token.lower in _ORDINAL_ENDINGS and k > 0 and tokens[k - 1].end == token.start and tokens[k - 1].text.isdigit():
        if tokens[k - 1].text == "1" and token.lower in ("er", "re", "ère") and gender:
            return "er" if gender == "m" else "re"
        return token.text
    return None


def rewrite_adjective(token, gender: str, plural: bool = False) -> str | None:
    """An adjective in the other gender ("gigantesque" stays, "petit" -> "petite", with ``plural``
    "ducaux" -> "ducales"), or None."""
    if not (is_agreeing_word(token.text) or plural and is_plural_agreeing(token.text)):
        return None  # ("irlandais" is both numbers)
    current = word_gender(token.text, ("ADJ",))
    if current is None:
        return token.text if any(e.pos == "ADJ" for e in _analyses(token.text)) else None
    if current == gender:
        return token.text
    if plural:
        return get_lexicon().inflect(token.text, gender, "p", pos="ADJ")
    return rewrite(GenderedWord(token, current, "adjective"), gender)


def _analyses(word: str):
    return get_lexicon().analyses(word)


def _relative_after(tokens, start: int) -> int | None:
    """Index after "qui" when a relative clause follows the noun within a short complement."""
    for j in range(start, min(len(tokens), start + 5)):
        if tokens[j].lower == "qui":
            return j + 1
        if tokens[j].text in ",.;:!?«»":
            return None
    return None


def _re_elide(previous: str, word: str, gender: str) -> str | None:
    """The word before a replaced noun, elided or not as the new noun needs ("l'" + "femme" ->
    "la ", "de" + "hommes" -> "d'"), with the separating space; None when nothing changes."""
    low = previous.lower().replace("’", "'")
    vowel = starts_with_vowel_sound(word)
    apostrophe = "’" if "’" in previous else "'"
    if low in ("l'", "d'") and not vowel:
        full = {"l'": "le " if gender == "m" else "la ", "d'": "de "}[low]
    elif low in ("le", "la", "de") and vowel:
        full = low[0] + apostrophe
    else:
        return None
    return full[:1].upper() + full[1:] if previous[:1].isupper() else full


def _detached_apposition(french, k: int) -> tuple[list, int] | None:
    """(its gendered words, the closing comma) of an apposition between commas after a noun at
    ``k``: an adjective or participle phrase ("âgé de 12 ans"), whose words agree with the noun,
    or a phrase naming someone ("l'actrice Jean Dujardin"), whose words are that name's; else None."""
    if k >= len(french) or french[k].text != ",":
        return None
    close = next((j for j in range(k + 1, min(len(french), k + 15)) if french[j].text in ",.;:!?«»()"), None)
    if close is None or french[close].text != "," or close == k + 1:
        return None
    if any(t.text[:1].isupper() and t.is_word for t in french[k + 1:close]):
        return [], close
    inner = PhraseReader._apposition_words(french, k + 1, close)
    return (inner, close) if inner else None


def _plural_detached(french, k: int) -> tuple[list, int] | None:
    """(the participle, the closing comma) of ", âgés de 14 et 15 ans," after a plural noun at ``k``."""
    if k + 2 >= len(french) or french[k].text != "," or not is_plural_agreeing(french[k + 1].text):
        return None
    close = next((j for j in range(k + 2, min(len(french), k + 12)) if french[j].text in ",.;:!?«»()"), None)
    gender = word_gender(french[k + 1].text, ("ADJ", "VERB"))
    if close is None or french[close].text != "," or gender not in ("m", "f"):
        return None
    return [GenderedWord(french[k + 1], gender, "participle", "p")], close


def _opens_main_clause(french, first: int) -> bool:
    """The noun phrase at ``first`` opens its sentence or a clause after a comma: the subject of what follows."""
    return first == 0 or french[first - 1].text in (",", ";", ":", ".") or french[first - 1].lower in ("et", "mais")
