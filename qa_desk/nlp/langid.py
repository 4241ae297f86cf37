"""English or French? Language identification for short news lines full of names and numbers.

lingua restricted to English and French (measured in bench/langid.py: far better
than langdetect on such lines, deterministic). Names, numbers and acronyms are
taken out before asking, since they belong to neither language. The detector is
built once, on first use (about 1 s and 90 MB for the two high-accuracy models).
"""
from __future__ import annotations

import re
from functools import lru_cache

_NOISE = re.compile(r"\d[\d.,\u00a0\u202f ]*|\b[A-Z][A-Z.\-]+\b|[^\w\s'’-]")
_CAPITALISED_MID = re.compile(r"(?<=[a-zà-ÿ,;] )[A-Z][\w'’-]*")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def detector():
    """The lingua detector, English and French only; no network, models ship in the wheel."""
    from lingua import Language, LanguageDetectorBuilder
    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH).build()


def strip_names(text: str) -> str:
    """The text without numbers, acronyms, punctuation and capitalised words inside the sentence."""
    text = _CAPITALISED_MID.sub(" ", text)
    return " ".join(_NOISE.sub(" ", text).split())


def english_confidence(text: str) -> float | None:
    """Probability (0..1) that the text is English rather than French; None with too few words."""
    cleaned = strip_names(text)
    if len(_WORD.findall(cleaned)) < 2:
        return None
    from lingua import Language
    return detector().compute_language_confidence(cleaned, Language.ENGLISH)


def language_of(text: str, threshold: float = 0.5) -> str | None:
    """'en', 'fr', or None when the text has too few words of either language."""
    confidence = english_confidence(text)
    if confidence is None:
        return None
    return "en" if confidence >= threshold else "fr"
