"""Terminology: the desk's glossary, required and forbidden French terms.

English terms are found with word boundaries and regular plurals; French
terms by surface form first, then by spaCy lemmas so that inflected forms
count ("les briefings téléphoniques" uses the term "briefing"). spaCy runs
only on the segments where a cheap stem test says a lemma match is possible.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .registry import CheckContext, register_check

_SPACES = r"[\s\u00a0\u202f]+"
_FOLD = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "’": "'", "\u00a0": " ", "\u202f": " "})


def fold(text: str) -> str:
    """Lower case, ligatures opened, typographic apostrophes straightened."""
    return text.translate(_FOLD).lower()


def _english_word(word: str, plural: bool) -> str:
    base = re.escape(word)
    if not plural or not word[-1:].isalpha():
        return base
    low = word.lower()
    forms = {base, base + "s", base + "es"}
    if low.endswith("y") and low[-2:-1] not in "aeiou":
        forms.add(re.escape(word[:-1]) + "ies")
    if low.endswith("man"):
        forms.add(re.escape(word[:-3]) + "men")
    if low.endswith(("f", "fe")):
        forms.add(re.escape(word.rstrip("eE")[:-1]) + "ves")
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


def english_pattern(term: str) -> re.Pattern:
    """The term with word boundaries, any spacing, and plurals of its head word(s)."""
    words = term.split()
    heads = {len(words) - 1}
    if "of" in (w.lower() for w in words[1:]):  # "chief of staff" -> "chiefs of staff"
        heads.add([w.lower() for w in words].index("of") - 1)
    parts = [_english_word(w, n in heads) for n, w in enumerate(words)]
    return re.compile(r"(?<![\w-])" + _SPACES.join(parts) + r"(?![\w-])", re.IGNORECASE)


def french_pattern(term: str) -> re.Pattern:
    words = [re.escape(w).replace("'", "['’]").replace("’", "['’]") for w in term.split()]
    return re.compile(r"(?<![\w-])" + _SPACES.join(words) + r"(?![\w-])", re.IGNORECASE)


def _stem(term: str, english: bool = False) -> str:
    """A prefix every matching form contains: a cheap test before regexes and spaCy."""
    words = term.split()
    first = fold(words[0]) if words else ""
    if english:
        if len(words) > 1 and words[1].lower() != "of":
            return first
        for ending, cut in (("man", 3), ("fe", 2), ("f", 1), ("y", 1)):
            if first.endswith(ending):
                return first[:-cut]
        return first
    return first[:max(3, len(first) - 3)]


@dataclass
class _Term:
    text: str
    english: bool
    pattern: re.Pattern
    stem: str
    tokens: tuple = ()  # ((folded text, folded lemma), ...), filled when spaCy is needed


_TERMS: dict[tuple[str, bool], _Term] = {}


def _term(text: str, english: bool = False) -> _Term:
    key = (text, english)
    if key not in _TERMS:
        pattern = english_pattern(text) if english else french_pattern(text)
        _TERMS[key] = _Term(text, english, pattern, _stem(text, english))
    return _TERMS[key]


def _lemmatise_terms(terms: list[_Term]) -> None:
    from ..nlp.pipeline import analyse_texts

    todo = [t for t in terms if not t.tokens]
    for term, doc in zip(todo, analyse_texts([t.text for t in todo])):
        term.tokens = tuple((fold(tok.text), fold(tok.lemma_)) for tok in doc)


def lemma_spans(doc, term: _Term) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of every run of tokens matching the term by form or lemma."""
    spans = []
    size = len(term.tokens)
    if not size:
        return spans
    toks = list(doc)
    for i in range(len(toks) - size + 1):
        for k, (t_text, t_lemma) in enumerate(term.tokens):
            tok = toks[i + k]
            text, lemma = fold(tok.text), fold(tok.lemma_)
            if text != t_text and lemma != t_text and lemma != t_lemma:
                break
        else:
            last = toks[i + size - 1]
            plural = "Plur" in toks[i].morph.get("Number")
            spans.append((toks[i].idx, last.idx + len(last.text), plural))
    return spans


_PREPOSITIONS = {"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "sur"}


def _plural_word(word: str) -> str:
    low = word.lower()
    if "-" in word or low.endswith(("s", "x", "z")):
        return word
    if low.endswith("al") and low not in ("bal", "festival", "carnaval", "récital", "chacal"):
        return word[:-2] + "aux"
    if low.endswith(("eau", "eu")):
        return word + "x"
    return word + "s"


def _inflect(term: str, matched: str, plural: bool) -> str:
    """The required term shaped like the matched words: plural and capital as they were.

    In the plural, the words before a preposition agree ("points de presse"),
    or all words when there is none ("forces nucléaires"); hyphenated ones stay.
    """
    if plural:
        words = term.split()
        cut = next((n for n, w in enumerate(words) if w.lower() in _PREPOSITIONS or w.lower().startswith("d'")),
                   len(words))
        term = " ".join([_plural_word(w) for w in words[:cut]] + words[cut:])
    if matched[:1].isupper() and term[:1].islower():
        term = term[:1].upper() + term[1:]
    return term


def _surface(text: str, terms: list[_Term]) -> list[tuple[int, int, bool, _Term]]:
    return [(m.start(), m.end(), False, t) for t in terms for m in t.pattern.finditer(text)]


@register_check("terminology", category="Terminology/Wrong term", severity="major", requires=("nlp",),
                scope="segment")
def terminology(ctx: CheckContext):
    """Glossary term not used, or a forbidden term used.

    Example: with the CSV row "briefing,point de presse,required", the source
    "a telephone briefing" translated "un échange téléphonique" flags the English
    "briefing" (suggestion "point de presse"); if "briefing" is also forbidden in
    French, "deux briefings" in the target is flagged with "points de presse".
    """
    paths = ctx.settings.get("glossary") or ()
    if not paths:
        return
    from ..settings.glossary import load_glossaries

    entries = load_glossaries(paths)
    if not entries or not ctx.document.target_lang.lower().startswith("fr"):
        return
    plans = []  # (segment, entry, source match or None, target text)
    need_docs: set[str] = set()
    need_terms: list[_Term] = []
    for seg in ctx.document.segments:
        target = seg.target_text
        if not target.strip():
            continue
        folded, source_folded = fold(target), fold(seg.source.text)
        for entry in entries:
            source_match = None
            for s_term in entry.source:
                english = _term(s_term, english=True)
                if english.stem in source_folded:
                    source_match = english.pattern.search(seg.source.text)
                if source_match:
                    break
            forbidden = [_term(t) for t in entry.forbidden]
            required = [_term(t) for t in entry.required] if source_match else []
            if not forbidden and not required:
                continue
            lemma_terms = [t for t in forbidden if t.stem in folded]
            if required and not _surface(target, required):
                lemma_terms += [t for t in required if t.stem in folded]
            if lemma_terms:
                need_docs.add(seg.id)
                need_terms.extend(lemma_terms)
            plans.append((seg, entry, source_match, lemma_terms))
    docs = None
    if need_docs:
        _lemmatise_terms(need_terms)
        docs = ctx.analysis("nlp")
        prefetch = getattr(docs, "prefetch", None)
        if prefetch:
            prefetch([s.id for s in ctx.document.segments if s.id in need_docs])
    for seg, entry, source_match, lemma_terms in plans:
        yield from _judge(ctx, seg, entry, source_match, lemma_terms, docs)


def _matches(seg, terms: list[_Term], lemma_terms: list[_Term], docs) -> list[tuple[int, int, bool, _Term]]:
    found = _surface(seg.target_text, terms)
    lemma_ok = [t for t in terms if t in lemma_terms]
    if lemma_ok and docs is not None:
        doc = docs[seg.id]
        for term in lemma_ok:
            found += [(s, e, p, term) for s, e, p in lemma_spans(doc, term)]
    unique = {(s, e): (s, e, p, t) for s, e, p, t in sorted(found, key=lambda f: f[2])}
    return sorted(unique.values(), key=lambda f: (f[0], -f[1]))


def _judge(ctx, seg, entry, source_match, lemma_terms, docs):
    required = [_term(t) for t in entry.required] if source_match else []
    required_spans = _matches(seg, required, lemma_terms, docs) if required else []
    forbidden_spans = _matches(seg, [_term(t) for t in entry.forbidden], lemma_terms, docs)
    note = f" ({entry.note})" if entry.note else ""
    flagged = False
    for start, end, plural, term in forbidden_spans:
        if any(rs <= start and end <= re_ for rs, re_, _, _ in required_spans):
            continue  # part of an allowed term
        matched = seg.target_text[start:end]
        suggestions = [_inflect(t, matched, plural) for t in entry.required]
        flagged = True
        yield ctx.issue("terminology", seg, start, end,
                        f"Glossary: '{term.text}' is a forbidden term"
                        + (f"; use '{entry.required[0]}'" if entry.required else "") + f"{note}.",
                        suggestions=suggestions)
    if required and not required_spans and not flagged:
        wanted = " or ".join(f"'{t}'" for t in entry.required)
        yield ctx.issue("terminology", seg, source_match.start(), source_match.end(),
                        f"Glossary: '{source_match.group(0)}' should be translated {wanted}, "
                        f"not found in the translation{note}.",
                        side="source", suggestions=list(entry.required))
