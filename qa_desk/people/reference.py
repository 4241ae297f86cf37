"""A French phrase that refers to a person, with the words that show a gender."""
from __future__ import annotations

from dataclasses import dataclass, field

from .french_words import GenderedWord
from .cast import Mention


@dataclass
class Reference:
    """A French phrase referring to a person, with the words that show a gender."""

    person: str
    segment: str
    kind: str  # title, phrase, pronoun
    words: list[GenderedWord] = field(default_factory=list)
    source_mention: Mention | None = None  # the English words it corresponds to, when known
