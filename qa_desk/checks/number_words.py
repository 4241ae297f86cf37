"""Numbers a word says without a digit, for the numbers check (qa_desk/checks/number_renderings.py).

A translator may render a number by a word that holds it, or a word by its number: "this decade"
/ "10 ans", "six months" / "un semestre", "three times" / "le triple", "ten times more" /
"décupler", "a quarter of all smokers" / "25 %", "a quarter of a million" / "250 000", "12.00
noon" / "midi", "category three" / "catégorie III", "fifty-fifty" / "pour moitié". Also the
English thousands group typed with a space ("60, 000" / "60 000"), "cents" the coin read as the
French hundreds ("three to four cents" / "trois à quatre cents"), and "le 3e âge" (old age).
"""
from __future__ import annotations

import re
from decimal import Decimal

# (pattern, value, unit): unit "months" for a duration, "" for a plain value
_IMPLICIT = {
    "en": [(r"\bdecades?\b", 120, "months"), (r"\bhalf[- ]a[- ]year\b|\bhalf-year\w*|\bsemester\w*", 6, "months"),
           (r"\bquarter\s+of\s+a\s+million\b", 250_000, ""), (r"\bhalf\s+a\s+million\b", 500_000, ""),
           (r"\bquarter\b", 25, ""), (r"\bhalf\b", 50, ""), (r"\btwice\b|\bdoubl\w*", 2, ""),
           (r"\btripl\w*|\bthreefold\b", 3, ""), (r"\bquadrupl\w*|\bfourfold\b", 4, ""), (r"\btenfold\b", 10, ""),
           (r"\bdozens?\b", 12, "")],
    "fr": [(r"\bdécennies?\b", 120, "months"), (r"\bsemestres?\b|\bsemestriel\w*", 6, "months"),
           (r"\btrimestres?\b|\btrimestriel\w*", 3, "months"), (r"\bquinquennat\w*", 60, "months"),
           (r"\bmoitié\b", 50, ""), (r"\bquarts?\b", 25, ""), (r"\bdoubl\w*", 2, ""), (r"\btripl\w*", 3, ""),
           (r"\bquadrupl\w*", 4, ""), (r"\bquintupl\w*", 5, ""), (r"\bdécupl\w*", 10, ""),
           (r"\bcentupl\w*", 100, ""), (r"\bdizaines?\b", 10, ""), (r"\bdouzaines?\b", 12, ""),
           (r"\bquinzaines?\b", 15, ""), (r"\bvingtaines?\b", 20, ""),
           (r"\bcentaines?\s+de\s+millions\b", 100_000_000, ""), (r"\bcentaines?\s+de\s+milliers\b", 100_000, ""),
           (r"\bdizaines?\s+de\s+millions\b", 10_000_000, ""), (r"\bdizaines?\s+de\s+milliers\b", 10_000, ""),
           (r"\bcentaines?\b", 100, "")],
}
_IMPLICIT = {lang: [(re.compile(p, re.I), Decimal(v), unit) for p, v, unit in rows] for lang, rows in _IMPLICIT.items()}
_ROMAN = re.compile(r"(?<![\w.])(X{0,3}(?:IX|IV|V?I{0,3}))(?!\w)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_NOON = {"en": re.compile(r"\b(noon|midday|midnight)\b", re.I), "fr": re.compile(r"\b(midi|minuit)\b", re.I)}
_OLD_AGE = re.compile(r"^\s+âge\b")


def _roman(text: str) -> int:
    total, previous = 0, 0
    for letter in reversed(text):
        value = _ROMAN_VALUES[letter]
        total, previous = (total - value, previous) if value < previous else (total + value, value)
    return total


def implicit(text: str, lang: str) -> list[tuple[Decimal, str]]:
    """(value, unit) of each number a word of the text holds; French Roman numerals ("catégorie III")."""
    found = [(value, unit) for pattern, value, unit in _IMPLICIT[lang] for _ in pattern.finditer(text)]
    if lang == "fr":
        found += [(Decimal(_roman(m.group(1))), "") for m in _ROMAN.finditer(text) if len(m.group(1)) >= 2]
    return found


def settle_words(source_text: str, target_text: str, source: list, target: list, lost: list, extra: list,
                 months) -> None:
    """Take out of ``lost`` and ``extra`` (edited in place) the numbers a word of the other side
    holds; ``source`` and ``target`` are every mention, ``months(text, mention, lang)`` a duration's months."""
    for mentions, text, other_text, lang, other in ((lost, source_text, target_text, "en", "fr"),
                                                    (extra, target_text, source_text, "fr", "en")):
        words = implicit(other_text, other)
        for m in list(mentions):
            duration = months(text, m, lang)
            key = next((w for w in words if w[1] == "months" and duration == w[0]
                        or w[1] == "" and m.value is not None and m.value == w[0]), None)
            if key is not None:
                words.remove(key)
                mentions.remove(m)
    if _NOON["en"].search(source_text) and _NOON["fr"].search(target_text):
        lost[:] = [s for s in lost if s.value is None or s.value not in (12, 24, 0)]  # "12.00 noon" / "midi"
    lost[:] = [s for s in lost if not (s.text.lower() == "fifty-fifty" and re.search(r"\bmoitié\b|\b50\s*[/-]\s*50\b",
                                                                                      target_text, re.I))]
    extra[:] = [t for t in extra if not (re.fullmatch(r"\d+e", t.text) and _OLD_AGE.match(target_text[t.end:]))]
    for s1, s2 in zip(source, source[1:]):  # "60, 000": the English thousands typed with a space
        if s1.value is not None and s2.value is not None and re.fullmatch(r"\d{3}", s2.text) \
                and source_text[s1.end:s2.start] == ", " and s1.text.isdigit():
            joined = s1.value * 1000 + s2.value
            t = next((t for t in extra if t.value == joined), None)
            if t is not None and s1 in lost and s2 in lost:
                lost.remove(s1)
                lost.remove(s2)
                extra.remove(t)
    if re.search(r"\bcents?\b", source_text):  # "four cents" / "quatre cents": the coin, not 400
        for t in target:
            if t.value is not None and t.text.endswith(" cents") and t.value % 100 == 0:
                s = next((s for s in lost if s.value == t.value / 100), None)
                if s is not None:
                    lost.remove(s)
                    if t in extra:
                        extra.remove(t)
