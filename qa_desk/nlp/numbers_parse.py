"""Numbers, dates and times in English and French news text, read into comparable values.

English "100,000" and French "100 000" (space, NBSP or NNBSP) must compare equal;
so must "1.9 million" / "1,9 million", "$5 billion" / "5 milliards de dollars",
"3 p.m." / "15 h", "Jan 10" / "10 janvier" and "eight" / "huit". Each mention
carries the set of keys it can stand for; two mentions correspond when they
share a key (or when a unit conversion such as miles -> km agrees).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .numbers_words import SCALES_EN, SCALES_FR, ordinals_and_decades, spelled_numbers

_SPACES = " \u00a0\u202f"
NBSP = "\u00a0"

# Digits with their inner separators; spaces are split again below.
_RAW_RE = re.compile(r"(?<![\w.,])\d+(?:(?:[.,]|[ \u00a0\u202f](?=\d))\d+)*(?![\w])|(?<![\w.,])\d+(?=[A-Za-zÀ-ÿ])")
_EN_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_FR_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")

_SCALE_EN_RE = re.compile(r"^[ \u00a0\u202f]?(thousand|millions?|billions?|trillions?|mln|mn|bln|bn|tn)\b", re.I)
_SCALE_FR_RE = re.compile(r"^[ \u00a0\u202f]?(mille|millions?|milliards?|billions?|mds?|mrds?)\b", re.I)
_SCALE_M_RE = re.compile(r"^(m)\b")  # "$5m" only after a currency sign

# Units converted by translators: source unit -> (metric unit words, factor or function).
_UNIT_RE_EN = re.compile(r"^[ \u00a0\u202f-]?(miles?|mi|feet|foot|ft|inch(?:es)?|pounds?|lbs?|gallons?|acres?|"
                         r"yards?|ounces?|oz|square miles?|degrees? Fahrenheit|°F)", re.I)
_UNIT_RE_FR = re.compile(r"^[ \u00a0\u202f-]?(km²|km2|kilomètres? carrés|kilomètres?|km|mètres?|m\b|centimètres?|"
                         r"cm|kilogrammes?|kilos?|kg|litres?|l\b|hectares?|ha\b|grammes?|g\b|degrés? Celsius|°C|"
                         r"degrés?)", re.I)
_CONVERSIONS = {
    "mile": ("km", 1.609344), "square mile": ("km2", 2.589988), "foot": ("m", 0.3048), "inch": ("cm", 2.54),
    "pound": ("kg", 0.45359), "gallon": ("l", 3.78541), "acre": ("ha", 0.404686), "yard": ("m", 0.9144),
    "ounce": ("g", 28.3495), "fahrenheit": ("c", None),
}
_EN_UNIT_NAME = {"mi": "mile", "miles": "mile", "feet": "foot", "ft": "foot", "inches": "inch", "pounds": "pound",
                 "lb": "pound", "lbs": "pound", "gallons": "gallon", "acres": "acre", "yards": "yard",
                 "ounces": "ounce", "oz": "ounce", "square miles": "square mile", "°f": "fahrenheit",
                 "f": "fahrenheit"}
_FR_UNIT_NAME = {"km²": "km2", "kilomètres carrés": "km2", "kilomètre carré": "km2", "kilomètre": "km",
                 "kilomètres": "km", "mètre": "m", "mètres": "m", "centimètre": "cm", "centimètres": "cm",
                 "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg", "kilos": "kg", "litre": "l", "litres": "l",
                 "hectare": "ha", "hectares": "ha", "gramme": "g", "grammes": "g", "°c": "c", "degré celsius": "c",
                 "degrés celsius": "c"}

_TIME_EN_RE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\.?(?![\w])", re.I)
_TIME_24_RE = re.compile(r"(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])")
_TIME_GMT_RE = re.compile(r"(?<![\d.,])([01]\d|2[0-3])([0-5]\d)(?=\s?(?:GMT|UTC|ET|EST|EDT|CET|BST)\b)")
_TIME_FR_RE = re.compile(r"(?<![\d.,])([01]?\d|2[0-3])[ \u00a0\u202f]?(?:h|heures?)(?:[ \u00a0\u202f]?([0-5]\d))?(?![\w])")
_ORD_EN = re.compile(r"^(st|nd|rd|th)\b")
_ORD_FR = re.compile(r"^(er|re|ère|e|ème|nd|nde|d)\b")
_ROMAN_CENTURY = re.compile(r"\b([IVXL]{1,7})(?:e|ème|er)[ \u00a0\u202f]+siècles?\b")
_ROMAN_BEFORE = re.compile(r"\b([IVXL]{1,7})(?:e|ème|er)\s*(?:,|et|ou|-|à|au)\s*$")

MONTHS_EN = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
    ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec")), start=1) for m in names}
MONTHS_FR = {m: i for i, names in enumerate((
    ("janvier", "janv"), ("février", "févr", "fevrier", "fév"), ("mars",), ("avril", "avr"), ("mai",),
    ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",), ("octobre", "oct"),
    ("novembre", "nov"), ("décembre", "déc", "decembre")), start=1) for m in names}
_MONTH_RE = {
    "en": re.compile(r"\b(" + "|".join(sorted(MONTHS_EN, key=len, reverse=True)) + r")\b\.?", re.I),
    "fr": re.compile(r"(?<![\w])(" + "|".join(sorted(MONTHS_FR, key=len, reverse=True)) + r")(?![\w])\.?", re.I),
}
FR_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre")



@dataclass
class Mention:
    """One number-like mention: its span, the keys it can stand for, and how it was written."""

    start: int
    end: int
    text: str
    keys: set = field(default_factory=set)  # ("num", Decimal) / ("time", minutes) / ("month", n)
    spelled: bool = False  # written in words
    optional: bool = False  # may go untranslated without an issue ("one", "un", "a dozen")
    bad_format: dict = field(default_factory=dict)  # key -> why this reading is not French style
    digits: dict = field(default_factory=dict)  # key -> the digits' own value (before a scale word)
    unit: str = ""  # normalised unit after the number (mile, km...)
    value: Decimal | None = None  # main numeric value, for conversions and suggestions
    digits_end: int = -1  # where the digits stop (before a scale word or suffix)
    bare: set = field(default_factory=set)  # keys of the digits alone, when a scale word follows

    @property
    def kind(self) -> str:
        kinds = {k[0] for k in self.keys}
        return "time" if "time" in kinds else "month" if kinds == {"month"} else "num"


def _dec(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _num_key(value: Decimal) -> tuple:
    return ("num", value.normalize())


def _readings(chunk: str, lang: str) -> list[tuple[Decimal, str]]:
    """Values a digit string without spaces can mean, each with '' or why it is not French style."""
    if lang == "en":
        if _EN_GROUPED.match(chunk):
            return [(_dec(chunk.replace(",", "")), "")]
        if re.fullmatch(r"\d+(?:\.\d+)?", chunk):
            return [(_dec(chunk), "")]
        return []
    if re.fullmatch(r"\d+", chunk):
        return [(_dec(chunk), "")]
    out = []
    if re.fullmatch(r"\d+,\d+", chunk):
        out.append((_dec(chunk.replace(",", ".")), ""))
    if _EN_GROUPED.match(chunk):
        out.append((_dec(chunk.replace(",", "")), "English thousands separator"))
    if _FR_DOT_GROUPED.match(chunk):
        out.append((_dec(chunk.replace(".", "").replace(",", ".")), "dot as thousands separator"))
    if re.fullmatch(r"\d+\.\d+", chunk):
        out.append((_dec(chunk), "decimal point instead of a comma"))
    return [(v, why) for v, why in out if v is not None]


def _split_raw(raw: str, offset: int) -> list[tuple[int, int, str]]:
    """Split a raw digit run at spaces, keeping 1-3 digits followed by 3-digit groups together."""
    parts = [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"[^ \u00a0\u202f]+", raw)]
    out, i = [], 0
    while i < len(parts):
        start, end, text = parts[i]
        j = i
        if re.fullmatch(r"\d{1,3}", text):
            while j + 1 < len(parts) and re.fullmatch(r"\d{3}(?:,\d+)?", parts[j + 1][2]) \
                    and parts[j + 1][0] - parts[j][1] == 1:
                j += 1
                if "," in parts[j][2]:
                    break
        out.append((start, parts[j][1], raw[start - offset:parts[j][1] - offset]))
        i = j + 1
    return out


def _chunk_values(chunk: str, lang: str) -> list[tuple[Decimal, str]]:
    squeezed = re.sub(r"[ \u00a0\u202f]", "", chunk)
    if squeezed != chunk:  # grouped with spaces: French style, English SI style
        return [(v, "") for v, _ in _readings(squeezed, "fr")[:1]]
    return _readings(chunk, lang)


def find_numbers(text: str, lang: str) -> list[Mention]:
    """Every number, time and dated month in ``text`` (lang 'en' or 'fr'), in text order."""
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(m: Mention) -> None:
        mentions.append(m)
        taken.append((m.start, m.end))

    # Times first: they swallow their digits.
    if lang == "en":
        for m in _TIME_EN_RE.finditer(text):
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            if hour > 12 or minute > 59:
                continue
            hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
            add(Mention(m.start(), m.end(), m.group(), {("time", hour * 60 + minute)}))
        for m in _TIME_GMT_RE.finditer(text):
            if free(m.start(), m.end()):
                add(Mention(m.start(), m.end(), m.group(),
                            {("time", int(m.group(1)) * 60 + int(m.group(2))), _num_key(Decimal(m.group()))}))
    else:
        for m in _TIME_FR_RE.finditer(text):
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            keys = {("time", hour * 60 + minute)}
            if not m.group(2):
                keys.add(_num_key(Decimal(hour)))  # "8 heures" is also a duration
            add(Mention(m.start(), m.end(), m.group(), keys))
        for m in _ROMAN_CENTURY.finditer(text):
            start, numerals = m.start(1), [(m.start(1), m.group(1))]
            while (before := _ROMAN_BEFORE.search(text, 0, start)) is not None:  # "aux XIXe et XXe siècles"
                start = before.start(1)
                numerals.append((start, before.group(1)))
            for begin, numeral in numerals:
                value = _roman(numeral)
                if value:
                    add(Mention(begin, begin + len(numeral) + 1, numeral, {_num_key(Decimal(value))}))
    for m in _TIME_24_RE.finditer(text):
        if free(m.start(), m.end()):
            hour, minute = int(m.group(1)), int(m.group(2))
            keys = {("time", hour * 60 + minute)}
            if lang == "en" and 1 <= hour <= 12:
                keys.add(("time", (hour % 12 + 12) * 60 + minute))
            add(Mention(m.start(), m.end(), m.group(), keys))

    for raw in _RAW_RE.finditer(text):
        for start, end, chunk in _split_raw(raw.group(), raw.start()):
            if not free(start, end):
                continue
            readings = _chunk_values(chunk, lang)
            if not readings:  # "10.01.2022", "1,5": separate numbers
                for part in re.finditer(r"\d+", chunk):
                    add(Mention(start + part.start(), start + part.end(), part.group(),
                                {_num_key(Decimal(part.group()))}, value=Decimal(part.group())))
                continue
            add(_with_context(text, start, end, chunk, readings, lang))

    _months(text, lang, mentions, free, add)
    for start, end, keys, spelled, optional in ordinals_and_decades(text, lang, mentions):
        if free(start, end):
            add(Mention(start, end, text[start:end], keys, spelled=spelled, optional=optional))
        else:  # "1960" of "the 1960s", "60" of "les années 60": the same mention, read as a decade too
            for mention in mentions:
                if mention.start < end and start < mention.end and any(k[0] == "decade" for k in keys):
                    mention.keys |= keys
    for start, end, value, optional in spelled_numbers(text, lang):
        if free(start, end):
            add(Mention(start, end, text[start:end], {_num_key(Decimal(value))}, spelled=True,
                        optional=optional, value=Decimal(value)))
    mentions.sort(key=lambda m: m.start)
    _share_range_units(text, mentions)
    _year_ranges(text, mentions)
    if lang == "en":
        for m in mentions:
            if _DENOMINATOR.search(text[max(0, m.start - 16):m.start]):
                m.optional = True  # "92 out of every 100": the 100 becomes "92 %"
    return mentions


_DENOMINATOR = re.compile(r"\bout\s+of\s+(?:every\s+)?$", re.I)


def _year_ranges(text: str, mentions: list[Mention]) -> None:
    """'1989-90' is 1989 to 1990: the short year also stands for its full form."""
    for first, second in zip(mentions, mentions[1:]):
        if first.value is not None and second.value is not None and 1000 <= first.value <= 2100 \
                and len(second.text) == 2 and text[first.end:second.start] in ("-", "–", "/"):
            second.keys.add(_num_key(first.value // 100 * 100 + second.value))


_RANGE_JOIN = re.compile(r"^[ \u00a0\u202f]*(?:to|and|or|-|–|et|à|ou)[ \u00a0\u202f]*$", re.I)


def _share_range_units(text: str, mentions: list[Mention]) -> None:
    """'310 to 3,400 miles': the first number of a range takes the unit of the second."""
    for first, second in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if not first.unit and second.unit and first.value is not None \
                and _RANGE_JOIN.match(text[first.end:second.start]):
            first.unit = second.unit


def _with_context(text: str, start: int, end: int, chunk: str, readings, lang: str) -> Mention:
    """A digit mention with its scale word, ordinal suffix, unit and currency sign."""
    after = text[end:end + 40]
    span_end = end
    scale = 0
    if lang == "en":
        match = _SCALE_EN_RE.match(after)
        if match:
            scale = SCALES_EN[match.group(1).lower()]
        elif text[max(0, start - 1):start] in ("$", "£", "€") and _SCALE_M_RE.match(after):
            match = _SCALE_M_RE.match(after)
            scale = 6
        ordinal = _ORD_EN.match(after)
    else:
        match = _SCALE_FR_RE.match(after)
        if match:
            scale = SCALES_FR[match.group(1).lower()]
        ordinal = _ORD_FR.match(after)
    if match:
        span_end = end + match.end()
    elif ordinal:
        span_end = end + ordinal.end()
    keys, bad, digits, bare = set(), {}, {}, set()
    for value, why in readings:
        key = _num_key(value * (Decimal(10) ** scale))
        keys.add(key)
        digits.setdefault(key, value)
        if scale:
            bare.add(_num_key(value))  # "3 millions" answers the 3 of "3 to 5 million"
        if why and key not in bad:
            bad[key] = why
    first = readings[0][0]
    unit_match = (_UNIT_RE_EN if lang == "en" else _UNIT_RE_FR).match(text[span_end:span_end + 30])
    unit = ""
    if unit_match:
        word = unit_match.group(1).lower()
        unit = (_EN_UNIT_NAME if lang == "en" else _FR_UNIT_NAME).get(word, word.rstrip("s"))
        if "fahrenheit" in word:
            unit = "fahrenheit"
        if lang == "fr" and word.startswith("degr") and "celsius" not in word:
            unit = "c"
    mention = Mention(start, span_end, text[start:span_end], keys, bad_format=bad, unit=unit,
                      value=first * (Decimal(10) ** scale), digits=digits, bare=bare)
    mention.digits_end = end
    return mention


def _roman(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10, "L": 50}
    total = 0
    for i, ch in enumerate(numeral):
        v = values[ch]
        total += -v if i + 1 < len(numeral) and values[numeral[i + 1]] > v else v
    return total


def _months(text: str, lang: str, mentions, free, add) -> None:
    """Month names next to a day or a year ("Jan 10", "10 janvier", "August 2019")."""
    table = MONTHS_EN if lang == "en" else MONTHS_FR
    digits = [m for m in mentions if not m.spelled]
    for m in _MONTH_RE[lang].finditer(text):
        name = m.group(1)
        if lang == "en" and name[:1].islower():
            continue  # "may", "march": verbs
        if not free(m.start(), m.end()):
            continue
        end = m.start() + len(name)
        near = any(0 <= m.start() - d.end <= 3 and not text[d.end:m.start()].strip(" \u00a0\u202f.")
                   or 0 <= d.start - m.end() <= 3 and not text[end:d.start].strip(" \u00a0\u202f.") for d in digits)
        # a month with no day or year beside it ("In October" / "En octobre") may be said or left out
        add(Mention(m.start(), end, name, {("month", table[name.lower()])}, optional=not near))


def format_french(value: Decimal, space: str = NBSP) -> str:
    """A number in French style: 3 400, 2,3, 100 000 (years and codes are not grouped by callers)."""
    sign, text = ("-", str(-value)) if value < 0 else ("", format(value.normalize(), "f"))
    whole, _, frac = text.partition(".")
    if len(whole) > 4 or (len(whole) == 4 and space):
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = space.join([whole] + groups)
    return sign + whole + ("," + frac if frac else "")


def convert(value: Decimal, unit: str) -> tuple[str, float] | None:
    """An imperial value in the metric unit a translator would use: (unit, value)."""
    if unit not in _CONVERSIONS:
        return None
    target, factor = _CONVERSIONS[unit]
    if factor is None:
        return target, (float(value) - 32) * 5 / 9
    return target, float(value) * factor
