"""Role nouns listed after a predicate's complements: "fut membre de la Chambre (1994-1998),
présidente du Parti travailliste (1997-1998), puis ministre": every listed role is the subject's."""
from __future__ import annotations

from ..nlp.lexicon import get_lexicon
from ..nlp.tokens import Token
from .french_words import is_agreeing_word, is_clear_person_noun, is_person_noun, word_gender
from .verb_words import AVOIR, ETRE

# Words that open another clause (a subject, a relative): the list of roles ends there.
_CLAUSE_WORDS = {"qui", "que", "qu'", "qu’", "dont", "où", "il", "elle", "ils", "elles", "on", "je", "nous", "vous",
                 "lorsqu'", "lorsqu’", "quand", "mais", "car"}
_ENDS = {".", ";", ":", "!", "?", "«", "»", '"'}


def listed_role_indices(tokens: list[Token], start: int, limit: int = 60) -> list[int]:
    """Indices of the gendered role nouns that open an item of a comma list after ``start`` (outside
    brackets, before the next clause or sentence end): "..., présidente du Parti (1997-1998), ..."."""
    found, depth = [], 0
    for k in range(start, min(len(tokens) - 1, start + limit)):
        token = tokens[k]
        if token.text in ("(", "["):
            depth += 1
        elif token.text in (")", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and (token.text in _ENDS or token.lower in _CLAUSE_WORDS):
            break
        elif depth == 0 and (token.text in (",", "et") or token.lower == "puis"):
            following = tokens[k + 1]
            if following.text.islower() and is_clear_person_noun(following.text) \
                    and word_gender(following.text, ("NOUN",)):
                found.append(k + 1)
    return found


def as_well_as(tokens: list[Token], k: int) -> bool:
    """"ainsi que" / "ainsi qu'" at ``k``: a list goes on past it."""
    return k + 1 < len(tokens) and tokens[k].lower == "ainsi" and tokens[k + 1].lower in ("que", "qu'", "qu’")


def past_role_complement(tokens: list[Token], k: int) -> int:
    """"professeure d'éloquence et détentrice de la chaire": the index of the "et"/"ou" after a
    short lower-case complement of a role noun when a role noun follows it, else ``k`` (the list
    goes on only through a complement that names no person and holds no verb)."""
    if k >= len(tokens) or tokens[k].lower not in ("de", "d'", "d’", "du", "des"):
        return _past_adjunct(tokens, k)
    for j in range(k + 1, min(len(tokens) - 1, k + 5)):
        token = tokens[j]
        if token.lower in ("et", "ou") or token.text == "," and tokens[j + 1].lower in ("puis", "et", "ou"):
            following = tokens[j + 2].text if token.text == "," and j + 2 < len(tokens) else tokens[j + 1].text
            return j if j > k + 1 and following.islower() and is_person_noun(following) else k
        if token.text == "," and j > k + 1 and tokens[j + 1].text.islower() and is_person_noun(tokens[j + 1].text):
            return j  # "auteure de publicité, productrice et réalisatrice"
        if is_clear_person_noun(token.text) or token.lower in ("qui", "que", "qu'", "qu’", "dont", "où") \
                or get_lexicon().is_participle(token.text):
            return k
        if not token.is_word or not token.text.islower():
            break  # ("Secrétaire d'État pour le Tamaulipas, ainsi que"): a longer complement, read below
    return _past_adjunct(tokens, k)


_ADJUNCT_OPENERS = {"de", "d'", "d’", "du", "des", "à", "au", "aux", "entre", "pour", "en", "dans", "chez", "depuis",
                    "jusqu'en", "jusqu’en"}
_LIST_ARTICLES = {"le", "la", "un", "une", "l'", "l’"}
_LIST_ADVERBS = {"enfin", "finalement", "ensuite", "puis", "aussi", "également", "plus", "tard"}
ADJUNCT_REACH = 14  # tokens a role's complement and adjunct may take before the next listed role


def _past_adjunct(tokens: list[Token], k: int) -> int:
    """"associée de recherche à partir de 1976 et chargée de recherche", "Secrétaire d'État pour le
    Tamaulipas, ainsi que perceptrice": the coordinator before a role noun listed after the role's
    complement and a time or place adjunct (no verb, subject, relative or sentence mark between), else
    ``k``. The role after it must not open a clause of its own ("et la directrice ... a démissionné")."""
    if k >= len(tokens) or tokens[k].lower not in _ADJUNCT_OPENERS:
        return k
    for j in range(k + 1, min(len(tokens) - 2, k + ADJUNCT_REACH)):
        token = tokens[j]
        if token.text in _ENDS or token.text in "()" or token.lower in _CLAUSE_WORDS or token.lower in ETRE \
                or token.lower in AVOIR or token.text.islower() and get_lexicon().is_participle(token.text):
            return k
        if token.lower in ("et", "ou") or token.text == ",":
            if tokens[j - 1].text.islower() and is_agreeing_word(tokens[j - 1].text):
                continue  # "du Chapitre impérial et royal": adjectives coordinated inside the complement
            n = j + 1
            if n + 1 < len(tokens) and tokens[n].lower in ("puis", "et", "ou"):
                n += 1
            elif as_well_as(tokens, n):
                n += 2
            while n + 1 < len(tokens) and (tokens[n].lower in _LIST_ADVERBS or tokens[n].text == ","):
                n += 1  # "et enfin, assistante secrétaire"
            if n < len(tokens) and tokens[n].lower in _LIST_ARTICLES:
                n += 1
            if n < len(tokens) and tokens[n].text.islower() and is_person_noun(tokens[n].text) \
                    and not _clause_after(tokens, n + 1):
                return j
    return k


def _clause_after(tokens: list[Token], k: int) -> bool:
    """A verb of être or avoir within the few words after ``k``, before any punctuation: a new clause."""
    for token in tokens[k:k + 6]:
        if not token.is_word:
            return False
        if token.lower in ETRE or token.lower in AVOIR:
            return True
    return False
