"""Numbers written in words, English and French: 'eight' = 'huit', 'quatre-vingt-dix', 'a dozen'."""
from __future__ import annotations

import re

SCALES_EN = {"thousand": 3, "million": 6, "millions": 6, "mln": 6, "mn": 6, "billion": 9, "billions": 9,
             "bn": 9, "bln": 9, "trillion": 12, "trillions": 12, "tn": 12}
SCALES_FR = {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9, "md": 9, "mds": 9,
             "mrd": 9, "mrds": 9, "billion": 12, "billions": 12}

# Spelled numbers. "one"/"un" only ever confirm a digit 1: they are mostly pronouns and articles.
_UNITS_EN = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS_EN = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
            if w != "_"}
_UNITS_FR = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
             "quinze": 15, "seize": 16}
_TENS_FR = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
# French cardinals from two up, as words: "les cinq membres", "trois fils" (plural, no gender shown)
FRENCH_CARDINALS = frozenset(w for w, v in _UNITS_FR.items() if v >= 2) | frozenset(_TENS_FR) | {"cent", "cents"}
_NOUNS_EN = {"dozen": 12}
_NOUNS_FR = {"douzaine": 12, "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
             "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


_VOCABULARY = {"en": {*_UNITS_EN, *_TENS_EN, "hundred", *SCALES_EN, *_NOUNS_EN},  # every word a spelled number is made of
               "fr": {*_UNITS_FR, *_TENS_FR, "cent", "cents", *SCALES_FR, *_NOUNS_FR}}


def spelled_numbers(text: str, lang: str):
    """(start, end, value, optional) for numbers written in words: 'two million', 'vingt et un', 'a dozen'."""
    units, tens = (_UNITS_EN, _TENS_EN) if lang == "en" else (_UNITS_FR, _TENS_FR)
    nouns = _NOUNS_EN if lang == "en" else _NOUNS_FR
    scales = SCALES_EN if lang == "en" else SCALES_FR
    hundred = "hundred" if lang == "en" else "cent"
    joiners = {"and"} if lang == "en" else {"et"}
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    vocabulary = _VOCABULARY["en" if lang == "en" else "fr"]
    if not any(p in vocabulary for _, _, w in words for p in w.lower().split("-")):
        return  # no word of a number here: the loop below would find nothing
    i = 0
    while i < len(words):
        parts = []
        j = i
        while j < len(words):
            word = words[j][2].lower()
            pieces = word.split("-")
            plural_hundred = hundred + "s" if lang == "fr" and parts else hundred
            if all(p in units or p in tens or p in (hundred, plural_hundred) or p in scales for p in pieces) \
                    and not (pieces[0] in scales and not parts and pieces[0] != "mille"
                             and not _after_article(text, words[j][0], lang)) \
                    and not (word == "cent" and text[max(0, words[j][0] - 5):words[j][0]].lower() == "pour "):
                parts.append(j)
                j += 1
            elif word in joiners and parts and j + 1 < len(words) \
                    and words[j + 1][2].lower().split("-")[0] in (*units, *tens) \
                    and _joinable(words[parts[-1]][2].lower().split("-")[-1], lang):
                j += 1
            else:
                break
            if j < len(words) and text[words[j - 1][1]:words[j][0]].strip():
                break  # only spaces may stand between the words of one number
        if not parts:
            word = words[i][2].lower()
            if word in nouns and _after_article(text, words[i][0], lang):
                yield words[i][0], words[i][1], nouns[word], True
            i += 1
            continue
        start, end = words[parts[0]][0], words[parts[-1]][1]
        value = _words_value([p for k in parts for p in words[k][2].lower().split("-")], units, tens, hundred,
                             scales)
        if value is not None:
            only = " ".join(words[k][2].lower() for k in parts)
            # "one", "un" are pronouns and articles; "the two countries" -> "les deux pays", "ces pays",
            # "la cohabitation": a pair in words may be rephrased away
            small = lang == "en" and value == 2 and len(parts) == 1
            alone = only in scales or only in ("hundred", "hundreds", "cent")  # "several hundred" is no count
            yield start, end, value, only in ("one", "un", "une", "zero", "zéro", "neuf") or alone or small
        i = j if j > i else i + 1


def _joinable(last: str, lang: str) -> bool:
    """'two hundred and five', 'vingt et un'; never 'two and three'."""
    if lang == "en":
        return last in ("hundred", "thousand") or last in SCALES_EN
    return last in _TENS_FR


def _after_article(text: str, start: int, lang: str) -> bool:
    before = text[max(0, start - 5):start].lower()
    return bool(re.search(r"\b(a|one|une|un|la|les|des)\s$", before))


def _words_value(pieces, units, tens, hundred, scales) -> int | None:
    total, current = 0, 0
    for n, piece in enumerate(pieces):
        if piece in units:
            current += units[piece]
        elif piece in tens:
            if piece.startswith("vingt") and current == 4:  # quatre-vingt(s)
                current = 80
            else:
                current += tens[piece]
        elif piece in (hundred, hundred + "s"):
            current = max(current, 1) * 100
        elif piece in scales:
            total += max(current, 1) * 10 ** scales[piece]
            current = 0
    return total + current


# Ordinals in words: "third" / "troisième" stand for 3 ("the third quarter", "3e trimestre").
_ORD_EN = {w: i for i, w in enumerate("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
                                      "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                                      "nineteenth twentieth".split()) if w != "_"}
_ORD_EN.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100})
_ORD_FR_IRREGULAR = {"premier": 1, "première": 1, "premiers": 1, "premières": 1, "second": 2, "seconde": 2,
                     "cinquième": 5, "neuvième": 9}
_FR_ORD = re.compile(r"(?<![\w-])([a-zé-]+?)ièmes?(?![\w-])", re.I)
# Ordinals that count nothing: "third countries" (outside the Union), "a third party", "the Third World",
# "second-hand", "second to none", "first-hand", "first aid".
_NOT_ORDINAL_EN = re.compile(r"(?<=third)[\s-]+(?:countr|part(?:y|ies)\b|world\b)|(?<=second)[\s-]+(?:hand\b|to\s+none\b)|"
                             r"(?<=first)[\s-]+(?:hand\b|aid\b)", re.I)
_DECADE_EN = re.compile(r"(?<![\d.,])(?:(1[5-9]|20)(\d)0|['’]?(\d)0)['’]?s(?![\w])")
_DECADE_WORDS_EN = re.compile(r"(?<![\w])(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
                              r"(?![\w-])", re.I)
_HALF_EN = re.compile(r"(?<![\w-])half(?:\s+an?\s+(thousand|million|billion))?(?![\w-])", re.I)
_DECADE_TENS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
_DECADE_FR = re.compile(r"(?<![\w])années[ \u00a0]+(?:(?:19|20)?(\d)0|(dix|vingt|trente|quarante|cinquante|"
                        r"soixante|soixante-dix|quatre-vingt|quatre-vingts|quatre-vingt-dix))(?![\w-])", re.I)


def _num(value) -> tuple:
    from decimal import Decimal
    return ("num", Decimal(value).normalize())


def ordinals_and_decades(text: str, lang: str, mentions):
    """(start, end, keys, spelled, optional) for ordinals in words and for decades.

    Decades: "the 1960s", "the '60s", "mid-90s" / "les années 60", "les années 1960", "les années
    trente" all carry the key ("decade", 60) besides their number; ordinals in words
    ("third" / "troisième") carry their number. English ordinals in words may go untranslated.
    """
    if lang == "en":
        for m in _DECADE_EN.finditer(text):
            tens = int(m.group(2) or m.group(3))
            keys = {("decade", tens * 10), _num(tens * 10)}
            if m.group(1):
                keys.add(_num(int(m.group(1)) * 100 + tens * 10))
            yield m.start(), m.end(), keys, False, False
        for m in _HALF_EN.finditer(text):  # "half a million" is 500,000; "half" may become "50 %"
            scale = {"thousand": 3, "million": 6, "billion": 9}.get((m.group(1) or "").lower())
            keys = {_num(5 * 10 ** (scale - 1))} if scale else {_num("0.5"), _num(50)}
            yield m.start(), m.end(), keys, True, not scale
        for m in _DECADE_WORDS_EN.finditer(text):  # "the Eighties", "the over-sixties"
            tens = _DECADE_TENS[m.group(1).lower()]
            yield m.start(), m.end(), {("decade", tens * 10), _num(tens * 10), _num(1900 + tens * 10)}, True, False
        for m in re.finditer(r"[A-Za-z]+", text):
            value = _ORD_EN.get(m.group().lower())
            if value and not _NOT_ORDINAL_EN.match(text, m.end()):
                yield m.start(), m.end(), {_num(value), ("ord", value)}, True, True
        return
    for m in _DECADE_FR.finditer(text):
        if m.group(1):
            tens = int(m.group(1))
        else:
            tens = {"dix": 1, "vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
                    "soixante-dix": 7, "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}[m.group(2).lower()]
        start = m.start(1) if m.group(1) else m.start(2)
        end = m.end(1) if m.group(1) else m.end(2)
        keys = {("decade", tens * 10), _num(tens * 10), _num(1900 + tens * 10), _num(2000 + tens * 10)}
        yield start, end, keys, not m.group(1), False
    for m in re.finditer(r"(?<![\w-])[A-Za-zÀ-ÿ-]+(?![\w-])", text):
        word = m.group().lower()
        value = _ORD_FR_IRREGULAR.get(word)
        if value is None and word.endswith(("ième", "ièmes")):
            stem = word[:word.rindex("ième")]
            for cardinal in (stem, stem + "e", stem.replace("qu", "q") if stem.endswith("qu") else stem):
                found = list(spelled_numbers(cardinal, "fr"))
                if found and found[0][0] == 0 and found[0][1] == len(cardinal):
                    value = found[0][2]
                    break
        if value:
            yield m.start(), m.end(), {_num(value), ("ord", value)}, True, value <= 2
