"""Role nouns listed after a predicate's complements: "fut membre de la Chambre (1994-1998),
présidente du Parti travailliste (1997-1998), puis ministre": every listed role is the subject's."""
from __future__ import annotations

from ..nlp.tokens import Token
from .french_words import is_clear_person_noun, word_gender

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
