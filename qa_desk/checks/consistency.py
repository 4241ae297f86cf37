"""Consistency inside one document: repeated sentences and acronyms rendered two ways.

Both checks flag the minority rendering with the majority one as suggestion;
on a tie the earlier rendering wins, so the later one is flagged. A rendering a
reviewer wrote (an edit put it there: it is not in the target as read) wins over
any number of renderings as read: fixing one of 107 repeated sentences flags the
other 106 with the fix as suggestion, never the fix with the old error.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .registry import CheckContext, register_check


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def introduced(seg, text: str) -> bool:
    """True when an edit put ``text`` in the segment's target (it is there now, not as read)."""
    return seg.modified and text in seg.target_text and text not in (seg.original_target or "")


def _pick(renderings: dict[str, list], edited=None) -> str:
    """The rendering a reviewer wrote, if any (``edited(key)``), else the majority key; ties go to
    the rendering seen first (dicts keep insertion order)."""
    chosen = [key for key in renderings if edited is not None and edited(key)] or list(renderings)
    return max(chosen, key=lambda key: len(renderings[key]))


@register_check("consistency", category="Terminology/Inconsistent", severity="minor")
def consistency(ctx: CheckContext):
    """The same source sentence translated differently in one document.

    Example: "Talks resumed on Monday." appears twice, translated "Les pourparlers
    ont repris lundi." and "Les discussions ont repris lundi.": the second is
    flagged with the first as suggestion (a tie keeps the earlier one).
    """
    groups: dict[str, dict[str, list]] = defaultdict(dict)
    for seg in ctx.document.segments:
        source, target = seg.source.text, seg.target_text
        if not target.strip() or not any(c.isalpha() for c in source):
            continue
        groups[_norm(source)].setdefault(_norm(target), []).append(seg)
    for renderings in groups.values():
        if len(renderings) < 2:
            continue
        best = _pick(renderings, lambda key: any(s.modified for s in renderings[key]))
        model = renderings[best][0].target_text.strip()
        count = sum(len(v) for v in renderings.values())
        corrected = sum(1 for s in renderings[best] if s.modified)
        for key, segs in renderings.items():
            if key == best:
                continue
            for seg in segs:
                text = seg.target_text
                start = len(text) - len(text.lstrip())
                end = len(text.rstrip())
                if corrected:
                    message = (f"This source sentence occurs {count} times and is translated differently; "
                               f"it was corrected as suggested in {corrected} place(s).")
                else:
                    message = (f"This source sentence occurs {count} times and is translated differently; "
                               f"{len(renderings[best])} times as suggested.")
                yield ctx.issue("consistency", seg, start, end, message, suggestions=[model])


# ---------------------------------------------------------------- acronyms

_UP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
_ACRONYM = re.compile(rf"(?<![\w.])(?:[{_UP}]\.){{2,}}|(?<![\w-])[{_UP}][{_UP}0-9&]*[{_UP}][{_UP}0-9&]*(?![\w])")
_SMALL = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "à", "a", "en", "sur", "of", "the",
          "and", "for", "on", "in", "aux", "au"}


_UPPER = re.compile(r"[^\W\d_a-zà-ÿœæ]")
_LOWER = re.compile(r"[a-zà-ÿœæ]")


def _caps_heavy(text: str) -> bool:
    """A headline in capitals ("RUSSIAN URGENCY"), where every word looks like an acronym."""
    return len(_UPPER.findall(text)) > len(_LOWER.findall(text))


@lru_cache(maxsize=200_000)
def _acronyms(text: str) -> tuple[re.Match, ...]:
    """Acronyms in a sentence, leaving out a dateline ("GENEVA, Jan 10") and all-caps headlines
    (cached by text: a re-check after an edit reads every other segment again)."""
    matches = list(_ACRONYM.finditer(text))
    if not matches or _caps_heavy(text):
        return ()
    found = []
    for m in matches:
        word = m.group(0)
        if len(word.replace(".", "")) > 8:
            continue
        if m.start() == text.find(word) and not text[:m.start()].strip() and text[m.end():m.end() + 1] == ",":
            continue  # dateline
        found.append(m)
    return tuple(found)


def _source_renderings(ctx: CheckContext) -> dict[str, dict[str, list]]:
    """Source acronym -> target rendering -> [(segment, target match)], in document order."""
    per_segment = []
    known: dict[str, set[str]] = defaultdict(set)
    for seg in ctx.document.segments:
        source, target = seg.source.text, seg.target_text
        if not target.strip() or not source.strip():
            continue
        s_acr = {m.group(0) for m in _acronyms(source)}
        if not s_acr:
            continue
        t_matches = _acronyms(target)
        t_acr = {m.group(0) for m in t_matches}
        same = s_acr & t_acr
        rest_s, rest_t = sorted(s_acr - same), sorted(t_acr - s_acr)
        per_segment.append((seg, same, rest_s, rest_t, t_matches))
        if len(rest_s) == 1 and len(rest_t) == 1:
            known[rest_s[0]].add(rest_t[0])
    renderings: dict[str, dict[str, list]] = defaultdict(dict)
    for seg, same, rest_s, rest_t, t_matches in per_segment:
        pairs = {a: a for a in same}
        rest_t = list(rest_t)
        for acronym in list(rest_s):  # resolve several acronyms by renderings seen alone elsewhere
            hits = [t for t in rest_t if t in known.get(acronym, ())]
            if len(hits) == 1:
                pairs[acronym] = hits[0]
                rest_s.remove(acronym)
                rest_t.remove(hits[0])
        if len(rest_s) == 1 and len(rest_t) == 1:
            pairs[rest_s[0]] = rest_t[0]
        for acronym, rendering in pairs.items():
            where = [m for m in t_matches if m.group(0) == rendering]
            renderings[acronym].setdefault(rendering, []).append((seg, where))
    return renderings


_PAREN_ACRONYM = re.compile(rf"\(([{_UP}]{{2,8}})\)")


def _expansion_before(before: str, acronym: str) -> tuple[int, int] | None:
    """Span of the words before "(ACR)" whose content-word initials spell ACR (in any order)."""
    words = list(re.finditer(r"[\w-]+", before))[-12:]
    need = sorted(acronym)
    for k in range(len(words) - 1, -1, -1):
        chosen = words[k:]
        initials = sorted(w.group(0)[0].upper() for w in chosen if w.group(0).lower() not in _SMALL)
        if initials == need:
            return chosen[0].start(), chosen[-1].end()
        if len(initials) > len(need):
            return None
    return None


@lru_cache(maxsize=10_000)
def _expansion_pattern(expansion: str) -> re.Pattern:
    words = r"\s+".join(re.escape(w) for w in expansion.split())
    return re.compile(rf"(?<!\w){words}$", re.IGNORECASE)


def _expansions(segments) -> list[tuple[object, str, int, int, str, int]]:
    """(segment, normalised expansion, start, end, acronym, acronym start) for "Long Name (LN)".

    An expansion is learnt where its initials spell the acronym; once learnt it
    is recognised before any other acronym too ("... santé (WHO)").
    """
    found, unexplained, known = [], [], set()
    for seg in segments:
        text = seg.target_text
        if "(" not in text:
            continue
        for m in _PAREN_ACRONYM.finditer(text):
            before = text[:m.start()].rstrip()
            span = _expansion_before(before, m.group(1))
            if span is None:
                unexplained.append((seg, before, m))
                continue
            expansion = _norm(before[span[0]:span[1]])
            known.add(expansion)
            found.append((seg, expansion, span[0], span[1], m.group(1), m.start(1)))
    patterns = {e: _expansion_pattern(e) for e in known}
    for seg, before, m in unexplained:
        for expansion in known:
            hit = patterns[expansion].search(before.replace("’", "'"))
            if hit:
                found.append((seg, expansion, hit.start(), hit.end(), m.group(1), m.start(1)))
                break
    order = {id(seg): n for n, seg in enumerate(segments)}
    found.sort(key=lambda f: (order[id(f[0])], f[2]))
    return found


@register_check("acronym-consistency", category="Terminology/Inconsistent", severity="minor")
def acronym_consistency(ctx: CheckContext):
    """A source acronym, or a French acronym's expansion, rendered two ways in one document.

    Example: the English "(INF)" is rendered "(FNI)" in one segment and "INF"
    in two others: "FNI" is flagged with the suggestion "INF". Likewise
    "Organisation mondiale de la santé (OMS)" and later "... santé (WHO)".
    """
    for acronym, renderings in _source_renderings(ctx).items():
        if len(renderings) < 2:
            continue
        best = _pick(renderings, lambda key: any(introduced(seg, key) for seg, _ in renderings[key]))
        for rendering, places in renderings.items():
            if rendering == best:
                continue
            for seg, matches in places:
                for m in matches:
                    yield ctx.issue("acronym-consistency", seg, m.start(), m.end(),
                                    f"'{acronym}' is rendered '{rendering}' here but '{best}' "
                                    f"{len(renderings[best])} time(s) elsewhere in this document.",
                                    suggestions=[best])
    by_acronym: dict[str, dict[str, list]] = defaultdict(dict)
    by_expansion: dict[str, dict[str, list]] = defaultdict(dict)
    for seg, expansion, start, end, acronym, acr_start in _expansions(ctx.document.segments):
        by_acronym[acronym].setdefault(expansion, []).append((seg, start, end))
        by_expansion[expansion].setdefault(acronym, []).append((seg, acr_start, acr_start + len(acronym)))
    for groups, what in ((by_acronym, "expansion"), (by_expansion, "acronym")):
        for key, renderings in groups.items():
            if len(renderings) < 2:
                continue
            best = _pick(renderings, lambda key: any(introduced(seg, seg.target_text[a:b])
                                                     for seg, a, b in renderings[key]))
            model_seg, model_start, model_end = renderings[best][0]
            model = model_seg.target_text[model_start:model_end]
            for rendering, places in renderings.items():
                if rendering == best:
                    continue
                for seg, start, end in places:
                    yield ctx.issue("acronym-consistency", seg, start, end,
                                    f"Another {what} for '{key}' is used elsewhere in this document: '{model}'.",
                                    suggestions=[model])
