"""Names in the English source: whether a segment can name anyone, and how a name splits into
first name and surname, with the surname's grammatical gender where its language has one."""
from __future__ import annotations

import re

from .english_mentions import human_nouns
from .titles import english_gendered_word
from .wordlists import PARTICLES

_WORD = re.compile(r"[A-Za-z][a-z-]+")  # "the author's": the noun without its possessive
# Nouns of vessels, which English may call "she" ("the ship ... she sank").
VESSEL_NOUNS = {"ship", "vessel", "boat", "yacht", "liner", "frigate", "submarine", "tanker", "ferry", "freighter",
                "schooner", "steamer", "cruiser", "destroyer", "battleship", "warship"}


def may_mention_people(text: str) -> bool:
    """Whether a source segment can speak of anyone: a gendered pronoun, a capitalised word inside
    the sentence, or a human noun (or a ship, whose "she" is no one's). Segments without any are not
    parsed ("Prices rose 3% in May.")."""
    if re.search(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", text, re.I):
        return True
    if re.search(r"[^.!?\s\"“‘(]\s+[A-Z]|\d-years?-old\b", text):  # a name inside; "the 82-year-old"
        return True
    first = re.match(r"\W*([A-Z][\w'’-]+)", text)
    if first:  # "Hartmann later wrote a history": a name may open the sentence
        from ..nlp.english_common import is_common_english
        if not is_common_english(first.group(1).lower()):
            return True
    nouns = human_nouns()
    for word in _WORD.findall(text):
        lower = word.lower()
        if lower in nouns or lower.rstrip("s") in nouns or lower.endswith("men") or english_gendered_word(word) \
                or lower in VESSEL_NOUNS:
            return True
    return False


_FEMALE_SURNAME_ENDINGS = ("ová", "ova", "eva", "ská", "cká", "ska", "cka", "aitė", "ytė", "ienė", "dóttir", "ovna")
_MALE_SURNAME_ENDINGS = ("ov", "ev", "ski", "cki", "ský", "cký", "vich")


def surname_prior(surname: str) -> tuple[str, float]:
    """('f'|'m'|'u', confidence) from the ending of a Slavic, Baltic or Nordic surname."""
    lower = surname.lower()
    if len(lower) < 5:
        return "u", 0.0
    if lower.endswith(("ová", "ská", "cká", "aitė", "ytė", "ienė", "dóttir")):
        return "f", 0.99  # Czech, Slovak, Lithuanian, Icelandic: a woman's surname by grammar
    if lower.endswith(_FEMALE_SURNAME_ENDINGS):
        return "f", 0.95
    if lower.endswith(_MALE_SURNAME_ENDINGS) and len(lower) >= 6:
        return "m", 0.9
    return "u", 0.0


def name_words(doc, start: int, end: int) -> list[str]:
    """The words of a name, hyphenated parts joined ("Jean-Pierre", "al-Ani")."""
    words: list[str] = []
    i = start
    while i < end:
        if doc[i].text == "-" and words and i + 1 < end:
            words[-1] += "-" + doc[i + 1].text
            i += 2
            continue
        words.append(doc[i].text)
        i += 1
    return words


# Particles that only ever open a surname (al, el, ben, abu can be given names: Al Gore, Ben Wallace).
SURNAME_PARTICLES = {"von", "van", "der", "den", "de", "du", "des", "la", "le", "da", "di", "del", "della", "ter",
                     "dos", "das", "do", "zu", "y"}


def split_name(words: list[str]) -> tuple[str, str]:
    """(first name, surname): "Ursula von der Leyen" -> ("Ursula", "von der Leyen"), "Bruno Le Maire"
    -> ("Bruno", "Le Maire"), "Von der Leyen" -> ("", "Von der Leyen"); one word is a surname
    ("Sherman"); middle names are skipped ("Tedros Adhanom Ghebreyesus" -> "Ghebreyesus")."""
    if words and words[0].lower() in SURNAME_PARTICLES and len(words) > 1:
        return "", " ".join(words)
    if len(words) == 2 and "-" in words[1] and words[1].split("-", 1)[1][:1].islower():
        return words[1], words[0]  # "Chen Wei-ming", "Choi Dong-hyun": the surname comes first
    core = [w for w in words if not (w.islower() and w.lower() in PARTICLES)]
    if len(core) < 2:
        return "", " ".join(words)
    rest = words[1:]
    particle = next((n for n, w in enumerate(rest[:-1]) if w.lower() in SURNAME_PARTICLES
                     or (w.islower() and w.lower() in PARTICLES)), None)
    if particle is not None:
        return words[0], " ".join(rest[particle:])
    return words[0], rest[-1]
