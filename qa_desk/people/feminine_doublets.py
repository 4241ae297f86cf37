"""Feminines that French writes two ways, both correct: autrice and auteure.

A fix that makes a woman's role noun feminine must not impose one of them: the document's own
habit decides which comes first (the form its targets already use most), and the other is offered
as a second suggestion, so an editor working to another house style picks it in one click.
"""
from __future__ import annotations

import re

# (the form suggested by default, the other form), singular and plural
DOUBLETS = (("autrice", "auteure"), ("autrices", "auteures"))
_WORD = re.compile(r"\b(" + "|".join(form for pair in DOUBLETS for form in pair) + r")\b", re.IGNORECASE)
_OTHER = {a: b for pair in DOUBLETS for a, b in (pair, pair[::-1])}
_DEFAULT = {form: pair[0] for pair in DOUBLETS for form in pair}


def habit(texts) -> dict[str, str]:
    """Each doublet form -> the form of its pair the texts use more (the default on a tie)."""
    counts: dict[str, int] = {}
    for text in texts:
        for match in _WORD.finditer(text):
            counts[match.group(1).lower()] = counts.get(match.group(1).lower(), 0) + 1
    chosen = {}
    for form in _OTHER:
        default, alternative = _DEFAULT[form], _OTHER[_DEFAULT[form]]
        chosen[form] = alternative if counts.get(alternative, 0) > counts.get(default, 0) else default
    return chosen


def with_doublets(suggestion: str, original: str, preferred: dict[str, str]) -> list[str]:
    """``suggestion`` with each doublet form it brings in (one ``original`` lacks) as ``preferred``
    says, then the same with the other form: one suggestion, or two when it brings a doublet in."""
    kept = original.lower()

    def choose(match, other: bool) -> str:
        word = match.group(1)
        if word.lower() in kept:
            return word  # the translator's own word, left as written
        form = preferred.get(word.lower(), word.lower())
        form = _OTHER[form] if other else form
        return form.capitalize() if word[:1].isupper() else form
    first = _WORD.sub(lambda m: choose(m, False), suggestion)
    second = _WORD.sub(lambda m: choose(m, True), suggestion)
    return [first] if second == first else [first, second]
