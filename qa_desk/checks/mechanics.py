"""Mechanics: repeated words, stray spaces, unbalanced brackets, inline codes and placeholders.

The code and placeholder checks compare the two sides of a segment; the
others read the target, with the source as a witness where a source habit
("Sirhan Sirhan", an unclosed multi-paragraph quote) is legitimate.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import CLOSE
from .registry import CheckContext, register_check
from .typography import apostrophe_quotes

_H = " \t\u00a0\u202f\u2009"
_REPEAT = re.compile(r"(?<![\w'’-])([^\W\d_]+)([" + _H + r"]+)(\1)(?![\w'’-])", re.IGNORECASE)
_REFLEXIVE = {"nous", "vous"}  # "nous nous sommes", "vous vous trompez"
_PARTICLES = {"de", "du", "des", "le", "la", "les", "van", "von", "der", "di", "da"}  # "de de Villepin"


def _segments(ctx: CheckContext):
    for seg in ctx.document.segments:
        if seg.target_text.strip():
            yield seg


@register_check("repeated-word", category="Fluency/Grammar", severity="minor", scope="segment")
def repeated_word(ctx: CheckContext):
    """The same word twice in a row.

    Example: "Il a dit que le le ministre" flags "le le" (suggestion "le");
    "nous nous sommes", "de de Villepin" and a name doubled in the source too
    ("Duran Duran") are not flagged.
    """
    for seg in _segments(ctx):
        text = seg.target_text
        for m in _REPEAT.finditer(text):
            word = m.group(1).lower()
            if word in _REFLEXIVE:
                continue
            after = text[m.end():].lstrip(_H)
            if word in _PARTICLES and after[:1].isupper():
                continue
            if after.lower().startswith(word) and not after[len(word):len(word) + 1].isalpha():
                continue  # "la la la", "non non non": a chant or a refrain, not a slip
            if re.search(r"(?<!\w)" + re.escape(m.group(1)) + r"\s+" + re.escape(m.group(1)) + r"(?!\w)",
                         seg.source.text, re.IGNORECASE):
                continue
            yield ctx.issue("repeated-word", seg, m.start(), m.end(), f"Repeated word: '{m.group(1)}'.",
                            suggestions=[m.group(1)])


@register_check("double-space", category="Fluency/Typography", severity="minor", scope="segment")
def double_space(ctx: CheckContext):
    """Two or more spaces between words.

    Example: "le  ministre" flags the two spaces, suggestion one space (a
    no-break space when one of them was one).
    """
    for seg in _segments(ctx):
        text = seg.target_text
        if "  " not in text and not re.search("[" + _H + "]{2}", text):
            continue
        for m in re.finditer(r"(?<=\S)[" + _H + r"]{2,}(?=\S)", text):
            keep = next((c for c in m.group(0) if c in "\u00a0\u202f"), " ")
            yield ctx.issue("double-space", seg, m.start(), m.end(), "Double space.", suggestions=[keep])


def _edge(text: str) -> tuple[str, str]:
    body = text.strip()
    if not body:
        return text, ""
    start = text.index(body[0])
    return text[:start], text[start + len(body):]


@register_check("whitespace", category="Fluency/Typography", severity="minor", scope="segment")
def whitespace(ctx: CheckContext):
    """Leading or trailing whitespace that differs from the source.

    Example: source "Talks ended. " (a trailing space before the next sentence of
    the unit) and target "Les pourparlers ont pris fin." flags the end of the
    target, suggestion " ".
    """
    for seg in _segments(ctx):
        source, target = seg.source.text, seg.target_text
        if not source.strip():
            continue
        s_lead, s_trail = _edge(source)
        t_lead, t_trail = _edge(target)
        if s_lead != t_lead:
            yield ctx.issue("whitespace", seg, 0, len(t_lead),
                            "Leading whitespace differs from the source.", suggestions=[s_lead])
        if s_trail != t_trail:
            yield ctx.issue("whitespace", seg, len(target) - len(t_trail), len(target),
                            "Trailing whitespace differs from the source.", suggestions=[s_trail])


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


_BRACKET = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")
_LIST_MARK = re.compile(r"(?:^|\s)\w{1,2}$")  # before a ")": "a)" "1)" lists; at most 4 characters
# long (a space, two letters, a final newline), so it is looked for in the 4 before the ")" only


def _unbalanced(text: str) -> dict[str, list[int]]:
    """Bracket kind (its opener) -> positions of its unmatched openers and closers.

    Only the bracket characters are visited (a regular expression finds them), and a list mark is
    looked for just before its ")": a loop over every character and a search of the whole text before
    each stray ")" cost 3-4 s of a replace-all's re-check on 100,000 targets (now 0.7 s).
    """
    stacks: dict[str, list[int]] = {}
    strays: dict[str, list[int]] = {}
    for match in _BRACKET.finditer(text):
        char, i = match.group(), match.start()
        if char in _PAIRS:
            stacks.setdefault(char, []).append(i)
            continue
        opener = _CLOSERS[char]
        if stacks.get(opener):
            stacks[opener].pop()
        elif not (char == ")" and _LIST_MARK.search(text, max(0, i - 4), i)):  # a match ends at i
            strays.setdefault(opener, []).append(i)
    return {k: sorted(stacks.get(k, []) + strays.get(k, [])) for k in _PAIRS if stacks.get(k) or strays.get(k)}


@lru_cache(maxsize=200_000)  # a source read again at each re-check of its segment (a replace-all changes targets)
def _source_kinds_unbalanced(source: str) -> frozenset[str]:
    kinds = set(_unbalanced(source))
    if source.count('"') % 2 or "«" in kinds or "“" in kinds:
        kinds |= {"«", "“", '"'}  # a quote left open in the source (multi-paragraph quotation)
    return frozenset(kinds)


@register_check("brackets", category="Fluency/Punctuation", severity="minor", scope="segment")
def brackets(ctx: CheckContext):
    """Unbalanced brackets or quotes in a segment (when the source's are balanced).

    Example: "les forces (INF en Europe" flags the "(" that is never closed;
    « without » is flagged the same way.
    """
    for seg in _segments(ctx):
        text = seg.target_text
        if not any(c in text for c in '()[]{}«»“”"'):
            continue
        found = _unbalanced(text)
        quotes = text.count('"') - len(apostrophe_quotes(text))  # "l " édifice": the quotes check says it
        if quotes % 2:
            found['"'] = [text.rindex('"')]
        if not found:
            continue
        excused = _source_kinds_unbalanced(seg.source.text)
        for kind, positions in found.items():
            if kind in excused:
                continue
            for pos in positions:
                char = text[pos]
                if kind == '"':
                    message = "Odd number of straight quotes: this one has no partner."
                elif char == kind:
                    message = f"'{char}' is never closed by '{_PAIRS[kind]}'."
                else:
                    message = f"'{char}' closes nothing: no '{kind}' before it."
                yield ctx.issue("brackets", seg, pos, pos + 1, message)


# ---------------------------------------------------------------- inline codes and placeholders

_ANNOTATIONS = {"mrk", "sm", "em", "comment", "pi"}


def _code_keys(content) -> list[tuple[tuple, object]]:
    """(key, code) for each inline code: by kind, name and id, or by kind, name and rank without an id.

    The name counts: XLIFF 1.2 bpt/ept and 2.x sc/ec share their id.
    """
    keys, seen = [], Counter()
    for code in content.codes:
        if code.name in _ANNOTATIONS:
            continue
        if code.id:
            key = (code.kind, code.name, code.id)
        else:
            seen[(code.kind, code.name)] += 1
            key = (code.kind, code.name, "#", seen[(code.kind, code.name)])
        keys.append((key, code))
    return keys


def _no_reorder(code) -> bool:
    native = code.native if isinstance(code.native, dict) else {}
    element = native.get("el")
    return element is not None and element.get("canReorder") in ("no", "firstNo")


@register_check("tags", category="Markup/Tag", severity="major", scope="segment")
def tags(ctx: CheckContext):
    """Inline codes missing, added, badly nested or reordered against the source.

    Example: source "The <pc1>minister</pc1> said<ph2/> no." and target
    "Le ministre a dit<ph2/> non." flag the missing <pc1>...</pc1> (offsets into the source).
    """
    for seg in ctx.document.segments:
        if seg.target is None or not (seg.source.codes or seg.target.codes) or not seg.target_text.strip():
            continue
        source_keys, target_keys = _code_keys(seg.source), _code_keys(seg.target)
        in_source = {k for k, _ in source_keys}
        in_target = {k for k, _ in target_keys}
        for key, code in source_keys:
            if key not in in_target and code.kind != CLOSE:
                yield ctx.issue("tags", seg, code.pos, code.pos,
                                f"Inline code {code.label()} is missing from the translation.", side="source")
        for key, code in target_keys:
            if key not in in_source and code.kind != CLOSE:
                yield ctx.issue("tags", seg, code.pos, code.pos,
                                f"Inline code {code.label()} is not in the source.")
        if seg.source.paired_ok() and not seg.target.paired_ok():
            yield ctx.issue("tags", seg, 0, 0, "Inline codes are not properly paired or nested in the target.")
        elif any(_no_reorder(c) for _, c in source_keys):
            common = in_source & in_target
            s_order = [k for k, _ in source_keys if k in common]
            t_order = [(k, c) for k, c in target_keys if k in common]
            for (want, (have, code)) in zip(s_order, t_order):
                if want != have:
                    yield ctx.issue("tags", seg, code.pos, code.pos,
                                    f"Inline code {code.label()} moved, but the source forbids reordering.")
                    break


_PLACEHOLDER = re.compile(r"\{\{\s*[\w.]+\s*\}\}|\{\d+\}|\{[A-Za-z_][\w.]*\}|\$\{\w+\}|%\(\w+\)[sdif]"
                          r"|%(?:\d+\$)?[-+#0]?\d*(?:\.\d+)?[sdi@]")


@register_check("placeholders", category="Markup/Placeholder", severity="minor", scope="segment")
def placeholders(ctx: CheckContext):
    """Placeholders ({0}, %s, %d, {{name}}) on one side only.

    Example: source "Hello {name}, %d new messages" and target "Bonjour, %d
    nouveaux messages" flags "{name}" in the source as missing.
    """
    for seg in _segments(ctx):
        source, target = seg.source.text, seg.target_text
        if not any(c in source or c in target for c in "{%$"):
            continue
        s_found = [(m.group(0), m.span()) for m in _PLACEHOLDER.finditer(source)]
        t_found = [(m.group(0), m.span()) for m in _PLACEHOLDER.finditer(target)]
        if not s_found and not t_found:
            continue
        surplus = Counter(p for p, _ in s_found)
        surplus.subtract(Counter(p for p, _ in t_found))
        for text, (start, end) in reversed(s_found):
            if surplus[text] > 0:
                surplus[text] -= 1
                yield ctx.issue("placeholders", seg, start, end,
                                f"Placeholder {text} is missing from the translation.", side="source")
        for text, (start, end) in reversed(t_found):
            if surplus[text] < 0:
                surplus[text] += 1
                yield ctx.issue("placeholders", seg, start, end, f"Placeholder {text} is not in the source.")
