"""Numbers, dates and times: every one in the source must have its counterpart in the target.

Locale-aware (English 3,400 = French 3 400, 2.3 = 2,3, billion = milliard, 3 p.m. =
15 h, Jan 10 = 10 janvier); a converted unit (310 miles -> 500 km) counts as a match.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..nlp.numbers_parse import FR_MONTH_NAMES, NBSP, Mention, convert, find_numbers, format_french
from .registry import CheckContext, register_check

# A converted value said in another metric unit: (converted unit, French unit) -> factor.
_METRIC = {("m", "km"): 0.001, ("km", "m"): 1000, ("m", "cm"): 100, ("cm", "m"): 0.01, ("cm", "mm"): 10,
           ("kg", "g"): 1000, ("g", "kg"): 0.001, ("l", "ml"): 1000, ("ha", "km2"): 0.01, ("km2", "ha"): 100}
_FR_SCALE = {6: ("million", "millions"), 9: ("milliard", "milliards"), 12: ("billion", "billions")}


def _compatible(src: Mention, tgt: Mention) -> bool:
    if src.keys & tgt.keys:
        return True
    if (src.bare & tgt.keys and not tgt.bare) or (tgt.bare & src.keys and not src.bare):
        return True
    if src.unit and tgt.unit and src.value is not None and tgt.value is not None:
        converted = convert(src.value, src.unit)
        scale = _METRIC.get((converted[0], tgt.unit), 1 if converted and converted[0] == tgt.unit else None) \
            if converted else None
        if scale is not None:  # "30,000 feet" / "9 km", "6 inches" / "15 cm"
            expected = converted[1] * scale
            return abs(float(tgt.value) - expected) <= 0.1 * abs(expected) + 1
    return False


def match_mentions(source: list[Mention], target: list[Mention]) -> dict[int, int]:
    """Maximum matching source index -> target index (Kuhn's augmenting paths; lists are short)."""
    options = []
    for s in source:
        cands = [j for j, t in enumerate(target) if _compatible(s, t)]
        # prefer the same way of writing (digits for digits), then text order
        # an article "un" is the last choice; then the same way of writing (digits for digits), text order
        cands.sort(key=lambda j: (target[j].optional, target[j].spelled != s.spelled, not (s.keys & target[j].keys), j))
        options.append(cands)
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(source)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def french_rendering(mention: Mention) -> str | None:
    """How the source mention would be written in French, for a suggestion."""
    kind = mention.kind
    if kind == "time":
        minutes = min(k[1] for k in mention.keys)
        hours, rest = divmod(minutes, 60)
        return f"{hours}{NBSP}h" + (f"{NBSP}{rest:02d}" if rest else "")
    if kind == "month":
        return FR_MONTH_NAMES[next(iter(mention.keys))[1] - 1]
    if mention.value is None or mention.spelled:
        return None
    value = mention.value
    for exponent in (12, 9, 6):
        if value >= Decimal(10) ** exponent and mention.text.rstrip()[-1:].isalpha():
            mantissa = value / (Decimal(10) ** exponent)
            word = _FR_SCALE[exponent][1 if mantissa >= 2 else 0]
            return f"{format_french(mantissa)} {word}"
    if value == value.to_integral_value() and 1000 <= value <= 2100 and "," not in mention.text:
        return str(int(value))  # a year
    return format_french(value)


@lru_cache(maxsize=400_000)
def _mentions(text: str, lang: str) -> tuple[Mention, ...]:
    return tuple(find_numbers(text, lang))


def _segment_mentions(seg) -> tuple[list[Mention], list[Mention]]:
    """Mentions of both sides (cached: 'numbers' and 'number-format' read the same ones)."""
    return list(_mentions(seg.source.text, "en")), list(_mentions(seg.target_text, "fr"))


@register_check("numbers", category="Accuracy/Mistranslation", severity="major")
def numbers(ctx: CheckContext):
    """Number, date or time missing or changed in the translation.

    Example: the source says "100,000 troops" and the translation "10 000 soldats":
    "10 000" is flagged with the suggestion "100 000"; "1.9 billion" against
    "1,9 milliard" and "3 p.m." against "15 h" are matches, never flagged; "$5 billion"
    against "5 milliards d'euros" is flagged for its currency (suggestion "de dollars").
    """
    rows = []  # (segment, unmatched source mentions, unmatched target mentions)
    for seg in ctx.document.segments:
        if not seg.source.text.strip() or not seg.target_text.strip():
            continue  # omissions and additions belong to their own checks
        lost, extra, currencies = _compare(seg.source.text, seg.target_text)
        for start, end, message, suggestion in currencies:
            yield ctx.issue("numbers", seg, start, end, message, suggestions=[suggestion])
        if lost or extra:
            rows.append((seg, list(lost), list(extra)))  # lists: settling across segments edits them
    _settle_across_boundaries(ctx.document.segments, rows)
    for seg, lost, extra in rows:
        for s, t in zip(lost, extra):
            right = french_rendering(s) if s.kind == t.kind else None
            yield ctx.issue("numbers", seg, t.start, t.end,
                            f"'{t.text}' does not match the source '{s.text}'.",
                            suggestions=[right] if right else [])
        for s in lost[len(extra):]:
            yield ctx.issue("numbers", seg, 0, 0, f"The source's '{s.text}' is missing from the translation.")
        for t in extra[len(lost):]:
            yield ctx.issue("numbers", seg, t.start, t.end, f"'{t.text}' is not in the source.")


@lru_cache(maxsize=200_000)
def _compare(source_text: str, target_text: str) -> tuple[tuple, tuple, tuple]:
    """(unmatched source mentions, unmatched target mentions, currency changes) of one segment,
    cached by its texts: a re-check after one edit compares one segment again, not all."""
    source, target = list(_mentions(source_text, "en")), list(_mentions(target_text, "fr"))
    if not source and not target:
        return (), (), ()
    pairs = match_mentions(source, target)
    used = set(pairs.values())
    lost = [s for i, s in enumerate(source) if i not in pairs and not s.optional]
    extra = [t for j, t in enumerate(target) if j not in used and not t.spelled and not t.optional]
    if lost or extra:
        from .number_renderings import reconcile

        reconcile(source_text, target_text, [s for i, s in enumerate(source) if i not in pairs],
                  [t for j, t in enumerate(target) if j not in used], lost, extra, target, source)
    return tuple(lost), tuple(extra), tuple(_currency_changes(source_text, target_text, source, target, pairs))


def _currency_changes(source_text: str, target_text: str, source, target, pairs):
    """"$5 billion" -> "5 milliards d'euros": the amount matches, the currency does not.
    Yields (start, end, message, suggestion)."""
    from ..nlp.currency import currency_at, french_currency

    for i, j in pairs.items():
        s, t = source[i], target[j]
        theirs = currency_at(source_text, s.start, s.end, "en")
        ours = currency_at(target_text, t.start, t.end, "fr")
        if theirs and ours and theirs[0] != ours[0]:
            written = target_text[ours[1]:ours[2]]
            amount = source_text[min(theirs[1], s.start):max(theirs[2], s.end)]
            yield (ours[1], ours[2], f"'{written}' is in {ours[0]}s; the source's '{amount}' is in {theirs[0]}s.",
                   french_currency(theirs[0], written))


def _settle_across_boundaries(segments, rows) -> None:
    """A number that moved to the next or previous segment (sentences split differently) is no error."""
    order = {seg.id: n for n, seg in enumerate(segments)}
    for (seg_a, lost_a, extra_a), (seg_b, lost_b, extra_b) in zip(rows, rows[1:]):
        if order[seg_b.id] - order[seg_a.id] != 1:
            continue
        for lost, extra in ((lost_a, extra_b), (lost_b, extra_a)):
            for s in list(lost):
                t = next((t for t in extra if _compatible(s, t)), None)
                if t is not None:
                    lost.remove(s)
                    extra.remove(t)


@register_check("number-format", category="Locale convention/Number format", severity="minor", scope="segment")
def number_format(ctx: CheckContext):
    """French number written the English way (separator or decimal point).

    Example: the source says "3,400 miles" and the translation keeps "3,400 miles",
    which a French reader takes for 3.4: flagged, suggestion "3 400" (no-break space;
    the setting number_space can ask for the narrow one, U+202F).
    """
    space = ctx.settings.get("number_space", NBSP)
    for seg in ctx.document.segments:
        if not seg.source.text.strip() or not seg.target_text.strip():
            continue
        source, target = _segment_mentions(seg)
        yield from _spaced_decimals(ctx, seg, source)
        if not any(t.bad_format for t in target):
            continue
        for i, j in match_mentions(source, target).items():
            s, t = source[i], target[j]
            shared = s.keys & t.keys
            if not shared or any(k not in t.bad_format for k in shared):
                continue
            key = min(shared, key=str)
            end = t.digits_end if t.digits_end > 0 else t.end
            yield ctx.issue("number-format", seg, t.start, end,
                            f"'{t.text[:end - t.start]}' is written the English way ({t.bad_format[key]}).",
                            suggestions=[format_french(t.digits[key], space)])


_SPACED_DECIMAL = re.compile(r"(?<![\d,.])(\d+), (\d+)(?![\d,])")


def _spaced_decimals(ctx, seg, source):
    """"0, 5 %" for the source's 0.5%: a space typed inside a decimal number."""
    decimals = {s.value for s in source if s.value is not None and s.value != s.value.to_integral_value()}
    if not decimals:
        return
    for m in _SPACED_DECIMAL.finditer(seg.target_text):
        if Decimal(f"{m.group(1)}.{m.group(2)}") in decimals:
            yield ctx.issue("number-format", seg, m.start(), m.end(), f"'{m.group()}' has a space inside the number.",
                            suggestions=[f"{m.group(1)},{m.group(2)}"])
