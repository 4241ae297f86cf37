"""French typography in the target, by the desk's house style (profile ``[typography]``).

``style = "imprimerie-nationale"``: no-break space (U+00A0) before ":" and
inside « », narrow no-break space (U+202F) before ; ! ?.
``style = "press-nnbsp"``: narrow no-break space everywhere.
``apostrophe = "typographic" | "straight"``; unset: the document's majority.
Every issue's suggestion replaces its span, so each one is an automatic fix.
URLs, e-mail addresses, times (15:30) and ratios (3:1) are left alone.
"""
from __future__ import annotations

import re

from . import place_memo
from .house_style import RIGHT, Place, settle
from .registry import CheckContext, register_check

NBSP, NNBSP = "\u00a0", "\u202f"
_SPACE_CHARS = " \t\u00a0\u202f\u2009\u2002\u2003\u2007\u2008\u200a"
_PROTECTED = re.compile(
    r"(?:https?|ftp)://\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+\s?[:/]\s?\d+")
_MAYBE_PROTECTED = re.compile(r"://|www\.|@|\d\s?[:/]\s?\d")
_HIGH_MARK = re.compile(r"[;:!?]")
_SPACE_BEFORE_LOW = re.compile(r"[" + _SPACE_CHARS + r"]+(?=[.,](?:$|[\s\u00bb\"')\]]))")
_NAMES = {NBSP: "no-break space", NNBSP: "narrow no-break space", " ": "plain space", "": "no space"}


def _places(count: int) -> str:
    """"1 place", "16 places"."""
    return f"{count} place" if count == 1 else f"{count} places"


def _style(ctx: CheckContext) -> dict:
    table = ctx.settings.get("typography", {}) or {}
    press = table.get("style") == "press-nnbsp"
    thousands = table.get("thousands") or ("nnbsp" if press else "nbsp")
    return {"colon": NNBSP if press else NBSP, "high": NNBSP, "quote": NNBSP if press else NBSP,
            "apostrophe": table.get("apostrophe"), "thousands": NNBSP if thousands == "nnbsp" else NBSP}


def _french_segments(ctx: CheckContext):
    if not ctx.document.target_lang.lower().startswith("fr"):
        return
    for seg in ctx.document.segments:
        text = seg.target_text
        if text.strip() and text != seg.source.text:
            yield seg, text


def _protected(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def _describe(space: str) -> str:
    if space in _NAMES:
        return _NAMES[space]
    return f"U+{ord(space[0]):04X}"


# ---------------------------------------------------------------- spacing


@register_check("spacing", category="Locale convention/Punctuation spacing", severity="minor")
def spacing(ctx: CheckContext):
    """Missing or wrong space before ; : ! ?, or a space before . or ,.

    Example: "Il a dit: non!" (imprimerie-nationale) is flagged at ":" (suggestion
    "\u00a0:") and at "!" (suggestion "\u202f!"); "Oui , merci ." flags both spaces.
    A document that never spaces these marks gets one document-level issue ("fix all").
    """
    style = _style(ctx)
    places, key = [], place_memo.style_key(style)
    for seg, text in _french_segments(ctx):
        if any(c in text for c in ";:!?.,"):
            yield from place_memo.replay(ctx, "spacing", key, seg, text, lambda t, s: _spacing_in(t, s, style),
                                         places)
    yield from settle(ctx, "spacing", places, _spacing_habit(style))


def _spacing_in(text: str, source: str, style: dict):
    """The spacing records of one target (see :func:`place_memo.replay`)."""
    protected = _protected(text) if _MAYBE_PROTECTED.search(text) else ()
    for m in _HIGH_MARK.finditer(text):
        i = m.start()
        if _inside(i, protected) or (i and text[i - 1] in "!?;:"):
            continue
        want = style["colon"] if text[i] == ":" else style["high"]
        j = i
        while j > 0 and text[j - 1] in _SPACE_CHARS:
            j -= 1
        if j == 0 or text[j - 1] in "([{\u201c":
            continue  # start of text or "(?)": nothing to space from
        if j < i - 1:
            continue  # several spaces: double-space reports it
        have = text[j:i]
        if not have and (not _wants_space_after_word(text, i) or _copied(text, i, source)):
            continue
        form = RIGHT if have == want else _describe(have)
        yield ("place", j, i + 1, form, want + text[i],
               f"'{text[i]}' needs a {_describe(want)} before it, not {_describe(have)}.")
    for m in _SPACE_BEFORE_LOW.finditer(text):
        end = m.end()
        if (_inside(m.start(), protected) or m.start() == 0 or text[end:end + 2] == ".."
                or text[end:end + 3] == ". ." or text[m.start() - 1] == "."):
            continue
        yield ("issue", m.start(), end, f"No space before '{text[end]}' in French.", "")


def _spacing_habit(style):
    def describe(form: str, count: int) -> str:
        return (f"This document writes {form} before ; : ! ? ({_places(count)}); the house style wants a "
                f"{_describe(style['colon'])} before ':' and a {_describe(style['high'])} before ; ! ?: "
                f"fix all to change every one.")
    return describe


def _copied(text: str, i: int, source: str) -> bool:
    """The words around the mark stand as they are in the source: an English title or quote kept."""
    window = text[max(0, i - 8):i + 8].strip()
    return len(window) >= 8 and window in source


def _wants_space_after_word(text: str, i: int) -> bool:
    """A word, number, closing quote or bracket right before the mark (not another symbol)."""
    before = text[i - 1]
    return before.isalnum() or before in "»)]\"'’…%"


# ---------------------------------------------------------------- quotes


def _straight_double(text: str) -> list[tuple[int, bool]]:
    """(position, opening?) of each straight double quote: alternation, unless the context insists."""
    marks = []
    for m in re.finditer('"', text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        spaced_before = before in _SPACE_CHARS or before in "([{—–-"
        strong_open = spaced_before and (after.isalnum() or after in "«(…")
        strong_close = not spaced_before and (after in _SPACE_CHARS or not after.isalnum())
        pending = bool(marks) and marks[-1][1]
        opening = (strong_open and not strong_close) if pending else not (strong_close and not strong_open)
        marks.append((i, opening))
    return marks


# A double quote typed for an apostrophe: "l " édifice", "qu " Axel" (an elided word, then a word).
_QUOTE_FOR_APOSTROPHE = re.compile(r"(?<![\w'’])(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)"
                                   r"([ \u00a0\u202f]?\"[ \u00a0\u202f]?)(?=[^\W\d_])")


def apostrophe_quotes(text: str) -> list[tuple[int, int]]:
    """Spans (the quote and its spaces) of double quotes that stand for an apostrophe."""
    if '"' not in text:
        return []
    return [m.span(1) for m in _QUOTE_FOR_APOSTROPHE.finditer(text)]


def _straight_single_pairs(text: str) -> list[tuple[int, int]]:
    """Straight single quotes used as quotation marks ('doit'), not apostrophes (l'OTAN)."""
    pairs, open_at = [], None
    for m in re.finditer("'", text):
        i = m.start()
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None and (before in _SPACE_CHARS or before in "(«\"") and after.isalnum():
            open_at = i
        elif open_at is not None and before not in _SPACE_CHARS and not after.isalnum():
            pairs.append((open_at, i))
            open_at = None
    return pairs


@register_check("quotes", category="Locale convention/Quote marks", severity="minor")
def quotes(ctx: CheckContext):
    """Straight quotes instead of « » (and missing spaces inside « »).

    Example: '"Nous avons été fermes", a-t-il dit' is flagged at the opening quote
    (suggestion "«\u00a0") and the closing one (suggestion "\u00a0»");
    'les mots \\'doit\\'' suggests “doit”; «non» suggests «\u00a0non\u00a0».
    A document that uses straight quotes throughout gets one document-level issue ("fix all").
    """
    style = _style(ctx)
    sp = style["quote"]
    places, key = [], place_memo.style_key(style)
    for seg, text in _french_segments(ctx):
        if '"' in text or "'" in text or "«" in text or "»" in text:
            yield from place_memo.replay(ctx, "quotes", key, seg, text, lambda t, s: _quotes_in(t, sp), places)
    yield from settle(ctx, "quotes", places, _quotes_habit(sp))


def _quotes_in(text: str, sp: str):
    """The quote records of one target (see :func:`place_memo.replay`)."""
    if '"' in text:
        protected = _protected(text)
        elisions = apostrophe_quotes(text)
        for start, end in elisions:
            yield ("issue", start, end, "A quote mark typed for an apostrophe.",
                   "’" if "’" in text and "'" not in text else "'")
        protected += elisions
        for i, opening in _straight_double(_unquoted(text, elisions)):
            if _inside(i, protected):
                continue
            if opening:
                end = i + 1
                while end < len(text) and text[end] in _SPACE_CHARS:
                    end += 1
                yield ("place", i, end, "straight quotes", "«" + sp,
                       "Straight opening quote: use « in French.")
            else:
                start = i
                while start > 0 and text[start - 1] in _SPACE_CHARS:
                    start -= 1
                yield ("place", start, i + 1, "straight quotes", sp + "»",
                       "Straight closing quote: use » in French.")
    if "'" in text:
        for start, end in _straight_single_pairs(text):
            yield ("issue", start, end + 1, "Straight single quotes: use “ ” for a quotation inside a quotation.",
                   "“" + text[start + 1:end] + "”")
    if "«" in text or "»" in text:
        for m in re.finditer(r"«([" + _SPACE_CHARS + r"]*)", text):
            if len(m.group(1)) <= 1 and m.end() < len(text):
                form = RIGHT if m.group(1) == sp else f"{_describe(m.group(1))} inside « »"
                yield ("place", m.start(), m.end(), form, "«" + sp,
                       f"« needs a {_describe(sp)} after it, not {_describe(m.group(1))}.")
        for m in re.finditer(r"([" + _SPACE_CHARS + r"]*)»", text):
            if len(m.group(1)) <= 1 and m.start() > 0:
                form = RIGHT if m.group(1) == sp else f"{_describe(m.group(1))} inside « »"
                yield ("place", m.start(), m.end(), form, sp + "»",
                       f"» needs a {_describe(sp)} before it, not {_describe(m.group(1))}.")


def _unquoted(text: str, spans) -> str:
    """The text with the given quote marks blanked (an apostrophe typed as a quote is no quotation)."""
    for start, end in spans:
        text = text[:start] + "'" * (end - start) + text[end:]
    return text


def _quotes_habit(sp: str):
    def describe(form: str, count: int) -> str:
        return (f"This document writes {form} ({_places(count)}); the house style wants « » with a "
                f"{_describe(sp)} inside: fix all to change every one.")
    return describe


# ---------------------------------------------------------------- apostrophe, ellipsis, numbers

_STRAIGHT_APOS = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_]|\d)")
_CURLY_APOS = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_]|\d)")


@register_check("apostrophe", category="Locale convention/Apostrophe", severity="minor")
def apostrophe(ctx: CheckContext):
    """Apostrophe not in the house style (’ or '); unset, the document's minority form.

    Example: with apostrophe = "typographic", "l'OTAN" is flagged with the
    suggestion "’"; unset, a text with forty "l’" and one "d'" flags the "d'".
    """
    wanted = _style(ctx)["apostrophe"]
    found = {"'": [], "’": []}
    for seg, text in _french_segments(ctx):
        if "'" in text:
            found["'"].extend((seg, m.start()) for m in _STRAIGHT_APOS.finditer(text))
        if "’" in text:
            found["’"].extend((seg, m.start()) for m in _CURLY_APOS.finditer(text))
    if wanted:
        right = "’" if wanted == "typographic" else "'"
        wrong = "'" if right == "’" else "’"
        places = [Place(seg, pos, pos + 1, RIGHT if mark == right else f"the apostrophe {mark}", right,
                        f"Apostrophe {mark} where the house style uses {right}.")
                  for mark in found for seg, pos in found[mark]]
        yield from settle(ctx, "apostrophe", places,
                          lambda form, count: f"This document writes {form} ({_places(count)}); the house "
                                              f"style uses {right}: fix all to change every one.")
        return
    else:
        if not found["'"] or not found["’"]:
            return
        right = "’" if len(found["’"]) >= len(found["'"]) else "'"
    wrong = "'" if right == "’" else "’"
    for seg, pos in found[wrong]:
        yield ctx.issue("apostrophe", seg, pos, pos + 1,
                        f"Apostrophe {wrong} where the rest of the document uses {right}.", suggestions=[right])


@register_check("ellipsis", category="Locale convention/Punctuation", severity="minor")
def ellipsis(ctx: CheckContext):
    """Three dots instead of the ellipsis character.

    Example: "Nous avons été fermes ... en repoussant" flags "..." with the suggestion "…";
    a document that always writes three dots gets one document-level issue ("fix all").
    """
    places = []
    for seg, text in _french_segments(ctx):
        if "…" in text or ".." in text or ". ." in text:
            yield from place_memo.replay(ctx, "ellipsis", (), seg, text, _ellipsis_in, places)
    yield from settle(ctx, "ellipsis", places,
                      lambda form, count: f"This document writes {form} for an ellipsis ({_places(count)}): "
                                          f"fix all to write “…” in every one.")


def _ellipsis_in(text: str, source: str):
    """The ellipsis records of one target (see :func:`place_memo.replay`)."""
    if "…" in text:
        yield from (("place", m.start(), m.end(), RIGHT, "…", "") for m in re.finditer("…", text))
    if ".." not in text and ". ." not in text:
        return
    protected = _protected(text)
    for m in re.finditer(r"\.{3,}|\.(?: \.){2}", text):
        if not _inside(m.start(), protected):
            yield ("place", m.start(), m.end(), "three dots", "…", "Use the ellipsis character “…”.")


_GROUPED = re.compile(r"(?<![\d.,\u00a0\u202f])\d{1,3}(?:[ \u2009\u00a0\u202f]\d{3})+(?![\d]|[ \u00a0\u202f]\d)")
_SOURCE_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")


def _source_digits(source: str) -> set[str]:
    """Digits of the source's numbers, whole and split at spaces ("in 2019 100,000")."""
    digits = set()
    for m in _SOURCE_NUMBER.finditer(source):
        digits.add(re.sub(r"\D", "", m.group(0)))
        digits.update(re.sub(r"\D", "", part) for part in m.group(0).split())
    return digits


@register_check("number-space", category="Locale convention/Number format", severity="minor")
def number_space(ctx: CheckContext):
    """Thousands separated by a plain (breaking) space instead of a no-break space.

    Example: "100 000 soldats" with plain spaces (source "100,000 troops") is flagged,
    suggestion "100\u00a0000" (or "100\u202f000" with thousands = "nnbsp"); a document
    that always groups with plain spaces gets one document-level issue ("fix all").
    """
    sep = _style(ctx)["thousands"]
    places = []
    for seg, text in _french_segments(ctx):
        if _SPACED_DIGITS.search(text):
            yield from place_memo.replay(ctx, "number-space", (sep,), seg, text,
                                         lambda t, src: _numbers_in(t, src, sep), places)
    yield from settle(ctx, "number-space", places,
                      lambda form, count: f"This document groups thousands with {form} ({count} numbers): "
                                          f"fix all to use a {_describe(sep)}, so no number breaks at a line end.")


_SPACED_DIGITS = re.compile(r"\d[ \u00a0\u202f\u2009]\d")


def _numbers_in(text: str, source: str, sep: str):
    """The number-grouping records of one target (see :func:`place_memo.replay`)."""
    source_digits = None
    for m in _GROUPED.finditer(text):
        number = m.group(0)
        groups = re.split(r"\D", number)
        if " " not in number and "\u2009" not in number:
            yield ("place", m.start(), m.end(), RIGHT, number, "")
            continue
        if len(groups) == 2 and not groups[1].startswith("0"):
            if source_digits is None:
                source_digits = _source_digits(source)
            if "".join(groups) not in source_digits:
                continue  # "les 2 300" might be two numbers: trust only the source's word
        yield ("place", m.start(), m.end(), "plain spaces", sep.join(groups),
               f"Thousands separator: use a {_describe(sep)} so the number does not break.")
