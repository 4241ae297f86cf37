"""Numbers a translator renders another way, for the numbers check (qa_desk/checks/numbers.py).

- A duration in another unit: "one and a half years" / "18 mois", "150 years" / "un siècle et
  demi", "three decades" / "trente années".
- A decimal typed with a space after its comma, "0, 5 %" for 0.5%: the number is right (the
  number-format check reports the space).
- A number the English spells inside a compound: "a seven-year period" / "une période de 7 ans".
- A year said by its relation to now: "31 December 2001" / "le 31 décembre dernier", "in June of
  last year" / "en juin 1997".
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..nlp.numbers_parse import find_numbers

_MONTHS_IN = {
    "en": [(re.compile(r"years?\b|yrs?\b"), 12), (re.compile(r"decades?\b"), 120),
           (re.compile(r"centur(?:y|ies)\b"), 1200), (re.compile(r"months?\b"), 1)],
    "fr": [(re.compile(r"ans?\b|années?\b"), 12), (re.compile(r"décennies?\b"), 120),
           (re.compile(r"siècles?\b"), 1200), (re.compile(r"mois\b"), 1)],
}
_BETWEEN = {"en": re.compile(r"\s*(?:and\s+a\s+half\s+)?(?:(?:last|past|next|full|whole|first)\s+)?", re.I),
            "fr": re.compile(r"\s*(?:(?:derni[eè]re?s?|premi[eè]re?s?|prochaine?s?|pleine?s?)\s+)?", re.I)}
_HALF_AFTER = {"en": re.compile(r"\s+and\s+a\s+half\b", re.I), "fr": re.compile(r"\s+et\s+demie?\b", re.I)}
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_RELATIVE_FR = re.compile(r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                          r"décembre)\s+dernier\b|\bl['’](?:année|an)\s+(?:dernière|dernier|suivante|précédente)\b|"
                          r"\bcette\s+année(?:-là)?\b|\bl['’]année\s+en\s+cours\b", re.I)
_RELATIVE_EN = re.compile(r"\b(?:last|this|next|that|the\s+following|the\s+previous)\s+year\b", re.I)


def _months(text: str, mention, lang: str) -> Decimal | None:
    """The duration a number starts, in months: "18 derniers mois" -> 18, "one and a half years" -> 18."""
    if mention.value is None:
        return None
    rest = text[mention.end:]
    between = _BETWEEN[lang].match(rest)
    half = "half" in between.group().lower()
    rest = rest[between.end():]
    for unit, factor in _MONTHS_IN[lang]:
        found = unit.match(rest)
        if found:
            half = half or bool(_HALF_AFTER[lang].match(rest[found.end():]))
            return (mention.value + (Decimal("0.5") if half else 0)) * factor
    return None


def reconcile(source_text: str, target_text: str, source_free: list, target_free: list, lost: list,
              extra: list, target: list, source_all: list = ()) -> None:
    """Take out of ``lost`` and ``extra`` (edited in place) the mentions rendered another way;
    ``source_free`` and ``target_free`` are every unmatched mention, optional ones too, ``target``
    and ``source_all`` all the target's and the source's."""
    for t in list(target_free):
        months = _months(target_text, t, "fr")
        s = next((s for s in source_free if months and _months(source_text, s, "en") == months), None)
        if s is not None:
            source_free.remove(s)
            target_free.remove(t)
            _drop(lost, s)
            _drop(extra, t)
    for t1, t2 in zip(target, target[1:]):
        if t1.text.isdigit() and target_text[t1.end:t2.start] in (", ", ",\u00a0") and t2.text[:1].isdigit():
            joined = find_numbers(t1.text + "," + t2.text, "fr")
            s = next((s for s in lost if joined and s.value is not None and s.value == joined[0].value), None)
            if s is not None:
                _drop(lost, s)
                _drop(extra, t1)
                _drop(extra, t2)
    if extra:
        spelled = {m.value for m in find_numbers(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", source_text), "en") if m.spelled}
        for t in list(extra):
            if t.value in spelled and re.search(r"[a-z]-[a-z]", source_text):
                extra.remove(t)  # "a seven-year period" / "7 ans"
    if lost or extra:
        from .number_words import settle_words

        settle_words(source_text, target_text, source_all, target, lost, extra, _months)
    lost_years = [s for s in lost if _YEAR.match(s.text)]
    extra_years = [t for t in extra if _YEAR.match(t.text)]
    if lost_years and not extra_years and _RELATIVE_FR.search(target_text):
        lost[:] = [s for s in lost if s not in lost_years]  # a year changed into another is no relation
    if extra_years and not lost_years and _RELATIVE_EN.search(source_text):
        extra[:] = [t for t in extra if t not in extra_years]


def _drop(items: list, item) -> None:
    if item in items:
        items.remove(item)
