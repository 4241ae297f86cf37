"""spaCy's French tokenizer match, compiled in a tenth of a second instead of two.

``spacy.lang.fr.tokenizer_exceptions`` builds ``TOKEN_MATCH`` from 266 alternatives of the form
``(?:^PREFIX[long letter class]...$)``, one per hyphenated or elided prefix ("faux-", "entr'"),
1.45 MB of pattern in all, and Python's ``re`` takes about 2 s to compile it (with ``(?i)`` it
case-folds every letter of every class). Most alternatives share their tail from the first long
class on, so ``^(?:p1|p2|...)TAIL`` says the same as ``(?:^p1TAIL)|(?:^p2TAIL)`` (concatenation
distributes over alternation) in 44 KB that compile in 0.13 s and match as fast
(``bench/french_token_match.py`` checks both on every word of the shared French texts).

:func:`factored_compiles` rewrites only a pattern of exactly that shape and leaves every other
pattern alone; it is active while the French model loads (the import compiles the expression and
the tokenizer's ``from_disk`` compiles it again), and only then: the English model loads beside it.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager

_BIG_PATTERN = 100_000  # characters: only spaCy's generated expressions are this long
_BIG_CLASS = 40  # characters inside [...]: a letter class, not "[-–]" or "[ée]"
_lock = threading.Lock()
_factored: dict[str, str] = {}


def _top_level(pattern: str):
    """(start, char, end) of each character outside any escape, class or group of ``pattern``, and
    (start, "[", index of its "]") of each class there: the places where a split keeps the meaning."""
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            start = i
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":
                i += 1  # a literal "]" first in the class
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if depth == 0:
                yield start, "[", i
            i += 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            yield i, char, i
        i += 1


def _alternatives(pattern: str) -> list[str]:
    cuts = [i for i, char, _ in _top_level(pattern) if char == "|"]
    return [pattern[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(pattern)])]


def factor(pattern: str) -> str | None:
    """``pattern`` with its alternatives that share a tail merged, or None when it is not a list
    of ``(?:^...)`` alternatives without a top-level "|" inside (then it is left as it is)."""
    flags = ""
    if pattern.startswith("(?") and pattern[2:3].isalpha():
        flags, pattern = pattern[:pattern.index(")") + 1], pattern[pattern.index(")") + 1:]
    tails: dict[str, list[str]] = {}
    for alternative in _alternatives(pattern):
        if not (alternative.startswith("(?:^") and alternative.endswith(")")):
            return None
        body = alternative[4:-1]
        if len(_alternatives(body)) != 1:
            return None  # "^a|b": merged into a group, its "|" would mean something else
        split = next((start for start, char, end in _top_level(body)
                      if char == "[" and end - start > _BIG_CLASS), len(body))
        tails.setdefault(body[split:], []).append(body[:split])
    merged = [f"(?:^{heads[0]}{tail})" if len(heads) == 1 else f"(?:^(?:{'|'.join(heads)}){tail})"
              for tail, heads in tails.items()]
    return flags + "|".join(merged)


@contextmanager
def factored_compiles():
    """While active, ``re.compile`` of a very long list of ``(?:^...)`` alternatives compiles the
    factored equivalent; every other call is passed through untouched."""
    with _lock:
        original = re.compile

        def compile_factored(pattern, flags=0):
            if isinstance(pattern, str) and len(pattern) > _BIG_PATTERN:
                if pattern not in _factored:
                    _factored[pattern] = factor(pattern) or pattern
                pattern = _factored[pattern]
            return original(pattern, flags)

        re.compile = compile_factored
        try:
            yield
        finally:
            re.compile = original
