"""French gender lexicon: which gender a word gives a person, and the same word in the other gender.

spaCy tags "plainte" in "s'est plainte" as a noun; the gender checks need every reading
of a form, so they ask this lexicon (Dicollecte 4.6.1, built by scripts/build_lexicon.py).
"""
from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from qa_desk.paths import resource_path

RESOURCE = ("lexicon", "fr_gender.tsv.gz")
_POS = {"N": ("NOUN",), "A": ("ADJ",), "NA": ("NOUN", "ADJ"), "V": ("VERB",), "T": ("TITLE",)}
_POS_ALIASES = {"PROPN": "NOUN", "PART": "VERB", "PARTICIPLE": "VERB", "AUX": "VERB"}

# Feminine-only or masculine-only nouns that can name anyone: "la victime" stays feminine
# for a man. The lexicon cannot tell them from "la directrice", so they are listed here.
FIXED_GENDER_PERSON_NOUNS = {
    "f": {"personne", "sentinelle", "recrue", "vedette", "victime", "star", "personnalité",
          "célébrité", "idole", "icône", "brute", "canaille", "crapule", "fripouille",
          "vigie", "estafette", "dupe", "connaissance", "sommité", "nullité", "légende",
          "altesse", "majesté", "excellence", "éminence", "sainteté", "proie", "cible"},
    "m": {"individu", "témoin", "bébé", "génie", "tyran", "escroc", "charlatan",
          "bourreau", "ange", "sosie", "gourou", "apôtre",
          "successeur", "prédécesseur"},  # ("son successeur, Marie Roy": also written "sa successeure")
}
_FIXED = {w: g for g, words in FIXED_GENDER_PERSON_NOUNS.items() for w in words}

# Person nouns whose other gender is a different word, not an inflection (homme/femme),
# and nouns whose lexical feminine is not the person's (garçon -> garçonne).
GENDERED_NOUN_PAIRS = [
    ("homme", "femme"), ("père", "mère"), ("frère", "sœur"), ("fils", "fille"),
    ("garçon", "fille"), ("oncle", "tante"), ("neveu", "nièce"), ("parrain", "marraine"),
    ("grand-père", "grand-mère"), ("arrière-grand-père", "arrière-grand-mère"),
    ("petit-fils", "petite-fille"), ("arrière-petit-fils", "arrière-petite-fille"),
    ("grand-oncle", "grand-tante"), ("beau-père", "belle-mère"),
    ("beau-frère", "belle-sœur"), ("demi-frère", "demi-sœur"), ("beau-fils", "belle-fille"),
    ("gendre", "belle-fille"), ("mari", "épouse"), ("ex-mari", "ex-femme"),
    ("ex-mari", "ex-épouse"), ("mari", "femme"), ("monsieur", "madame"),
    ("monsieur", "dame"), ("gentilhomme", "dame"), ("moine", "nonne"),
    ("moine", "religieuse"), ("papa", "maman"), ("papi", "mamie"), ("papy", "mamie"),
    ("garçonnet", "fillette"),
]
_PAIR_OF: dict[str, dict[str, str]] = {"m": {}, "f": {}}
for _m, _f in GENDERED_NOUN_PAIRS:  # the first pair listed wins: fille -> fils
    _PAIR_OF["m"].setdefault(_m, _f)
    _PAIR_OF["f"].setdefault(_f, _m)
_IRREGULAR_PLURALS = {"monsieur": "messieurs", "madame": "mesdames", "gentilhomme": "gentilshommes"}
_INVARIABLE_PREFIXES = {"arrière", "demi", "ex", "vice", "mi", "semi", "non"}
_NOT_INFLECTED = {"garçon", "garçons", "fils"}
# Where a family holds two feminines, the one current usage prefers (procureure, not
# the archaic procureuse); pre-vocalic masculines (nouvel, bel) come last.
_PREFERRED_LEMMAS = {"procureure", "compagne"}
_PREVOCALIC = {"bel", "nouvel", "vieil", "fol", "mol"}

# Closed-class words: (masculine, feminine). "lui" here is the stressed pronoun only.
DETERMINER_PAIRS = [
    ("le", "la"), ("un", "une"), ("ce", "cette"), ("cet", "cette"), ("du", "de la"),
    ("au", "à la"), ("mon", "ma"), ("ton", "ta"), ("son", "sa"), ("il", "elle"),
    ("ils", "elles"), ("celui", "celle"), ("ceux", "celles"), ("celui-ci", "celle-ci"),
    ("celui-là", "celle-là"), ("lui-même", "elle-même"), ("lui", "elle"), ("eux", "elles"), ("le sien", "la sienne"),
    ("les siens", "les siennes"), ("le mien", "la mienne"), ("le tien", "la tienne"),
    ("quel", "quelle"), ("quels", "quelles"), ("lequel", "laquelle"),
    ("lesquels", "lesquelles"), ("auquel", "à laquelle"), ("duquel", "de laquelle"),
    ("aucun", "aucune"), ("tout", "toute"), ("tous", "toutes"), ("certain", "certaine"),
    ("nul", "nulle"), ("chacun", "chacune"), ("lui-même", "elle-même"),
    ("eux-mêmes", "elles-mêmes"), ("tel", "telle"), ("tels", "telles"), ("l'un", "l'une"), ("l'autre", "l'autre"),
    ("l'", "l'"), ("de l'", "de l'"), ("à l'", "à l'"),
]
_DET = {}
for _m, _f in DETERMINER_PAIRS:
    _DET.setdefault(_m, ("m", _m, _f))
    _DET.setdefault(_f, ("f", _m, _f))
for _e in ("l'", "de l'", "à l'", "l'autre"):
    _DET[_e] = ("e", _e, _e)
# Before a vowel sound: the form each gender takes.
_ELIDED = {"le": "l'", "la": "l'", "ce": "cet", "du": "de l'", "de la": "de l'",
           "au": "à l'", "à la": "à l'", "ma": "mon", "ta": "ton", "sa": "son"}
_UNELIDED = {"l'": ("le", "la"), "de l'": ("du", "de la"), "à l'": ("au", "à la")}
# Words in h- that take no elision ("le héros", "la Hongroise"), by prefix.
H_ASPIRE = ("hach", "hagard", "haie", "haill", "hain", "haine", "haïr", "hall", "halte",
            "hamac", "hameau", "hamster", "hanche", "hand", "hangar", "hant", "harang",
            "harass", "harcel", "hard", "hareng", "hargn", "haricot", "harpe", "hasard",
            "hâ", "hauss", "haut", "havre", "hennir", "hérisson", "hernie", "héron",
            "héros", "hêtre", "heurt", "hibou", "hideu", "hiérarch", "hippie", "hiss",
            "hock", "hold", "holland", "homard", "hongr", "hond", "honte", "hont", "hoquet",
            "hors", "hotte", "houill", "houl", "houp", "housse", "huer", "huit", "hurl",
            "hutte", "hacker", "hooligan", "huron")
_VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ")


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a form: gender m/f/e (epicene), number s/p/i (invariable)."""

    form: str
    lemma: str
    pos: str  # NOUN, ADJ, VERB (past participle) or TITLE
    gender: str
    number: str
    participle: bool


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word).replace("’", "'").strip()


def _match_case(source: str, out: str) -> str:
    if len(source) > 1 and source.isupper() and any(c.isalpha() for c in source):
        out = out.upper()
    elif "-" in source and all(p[:1].isupper() for p in source.split("-")):
        out = "-".join(p[:1].upper() + p[1:] for p in out.split("-"))  # Grands-Mères
    elif source[:1].isupper():
        out = out[:1].upper() + out[1:]
    if "’" in source:
        out = out.replace("'", "’")
    return out


def _pos_ok(entry_pos: str, pos: str | None) -> bool:
    return pos is None or entry_pos == _POS_ALIASES.get(pos.upper(), pos.upper())


def starts_with_vowel_sound(word: str) -> bool:
    """True if "le/la" elide before word: vowel or mute h (l'homme, not le héros)."""
    w = _norm(word)
    if not w:
        return False
    if w[0] in _VOWELS:
        return True
    low = w.lower()
    return low.startswith("h") and not low.startswith(H_ASPIRE)


def determiner_gender(det: str) -> str | None:
    """'m', 'f', 'e' (l', either gender) or None if det is not in the closed-class table."""
    item = _DET.get(_norm(det).lower())
    return item[0] if item else None


def determiner_for(det: str, gender: str, next_word: str | None = None) -> str | None:
    """det in the requested gender, elided or not before next_word (l'ambassadeur -> l'ambassadrice)."""
    low = _norm(det).lower()
    item = _DET.get(low)
    if item is None or gender not in ("m", "f"):
        return None
    _, masc, fem = item
    vowel = next_word is not None and starts_with_vowel_sound(next_word)
    if low in _UNELIDED:
        if next_word is None or vowel:
            return det
        masc, fem = _UNELIDED[low]
    out = masc if gender == "m" else fem
    if vowel:
        out = _ELIDED.get(out, out)
    elif out == "cet":
        out = "ce"
    if gender == "f" and out == "cet":
        out = "cette"
    return _match_case(det, out)


class Lexicon:
    """Forms, their readings and their families, read once from the built resource."""

    def __init__(self, path=None):
        path = path or resource_path(*RESOURCE)
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = [line for line in fh.read().split("\n") if line and line[0] != "#"]
        # Raw lines, split on demand: a third of the memory of tuples of fields.
        self._groups: list[str] = lines
        self._index: dict[str, int | list[int]] = {}
        self._families: dict[str, list[int]] = {}
        self._plural_pairs: dict[str, dict[str, str]] | None = None
        index, families = self._index, self._families
        for gi, line in enumerate(lines):
            _, _, family, forms = line.split("\t")
            if family:
                families.setdefault(family, []).append(gi)
            for item in forms.split("|"):
                key = item[:-2]
                known = index.get(key)
                if known is None:
                    index[key] = gi
                elif isinstance(known, int):
                    if known != gi:
                        index[key] = [known, gi]
                elif gi not in known:
                    known.append(gi)

    def __len__(self) -> int:
        return len(self._index)

    def _group(self, gi: int) -> list[str]:
        return self._groups[gi].split("\t")

    def _forms(self, gi: int):
        for item in self._group(gi)[3].split("|"):
            yield item[:-2], item[-2], item[-1]

    def _family(self, gi: int) -> list[int]:
        family = self._group(gi)[2]
        return self._families[family] if family else [gi]

    def _lookup(self, key: str) -> list[int]:
        found = self._index.get(key, ())
        return [found] if isinstance(found, int) else list(found)

    def _readings(self, word: str):
        """(group, Entry) for every reading, exact form first, then lower case."""
        w = _norm(word)
        keys = [w] if w == w.lower() else [w, w.lower()]
        seen = set()
        for key in keys:
            for gi in self._lookup(key):
                lemma, code, _, _ = self._group(gi)
                for form, gender, number in self._forms(gi):
                    if form != key:
                        continue
                    for pos in _POS[code]:
                        entry = Entry(form, lemma, pos, gender, number, code == "V")
                        if entry not in seen:
                            seen.add(entry)
                            yield gi, entry

    def analyses(self, word: str) -> list[Entry]:
        """Every reading of word; capitalised words also read as lower case (Russe -> russe)."""
        return [entry for _, entry in self._readings(word)]

    def gender_of(self, word: str, pos: str | None = None) -> set[str]:
        """Possible genders of word ('m', 'f', 'e'); empty if unknown."""
        return {e.gender for e in self.analyses(word) if _pos_ok(e.pos, pos)}

    def is_epicene(self, word: str) -> bool:
        """True if every noun/adjective/title reading is epicene (ministre, juge, Russe)."""
        entries = [e for e in self.analyses(word) if e.pos != "VERB"]
        return bool(entries) and all(e.gender == "e" for e in entries)

    def is_participle(self, word: str) -> bool:
        """True if word can be a past participle (plainte, nommée, mort)."""
        return any(e.participle for e in self.analyses(word))

    def fixed_person_noun_gender(self, word: str) -> str | None:
        """Grammatical gender of a noun that names anyone (victime -> 'f'), else None."""
        low = _norm(word).lower()
        if low in _FIXED:
            return _FIXED[low]
        for gi, entry in self._readings(word):
            if entry.pos == "NOUN" and entry.number == "p":
                for form, gender, number in self._forms(gi):
                    if number != "p" and gender == entry.gender and form in _FIXED:
                        return _FIXED[form]
        return None

    def is_fixed_gender_person_noun(self, word: str) -> bool:
        """True for nouns like personne, victime, témoin: one gender, any person."""
        return self.fixed_person_noun_gender(word) is not None

    def _plural(self, word: str) -> str:
        """Plural of a noun or adjective; compounds part by part (petits-fils)."""
        if word in _IRREGULAR_PLURALS:
            return _IRREGULAR_PLURALS[word]
        if "-" in word:
            parts = [p if p in _INVARIABLE_PREFIXES else self._plural(p) for p in word.split("-")]
            if "-".join(parts) in self._index or word not in self._index:
                return "-".join(parts)
        for gi, entry in self._readings(word):
            if entry.number == "i":
                return word
            for form, gender, number in self._forms(gi):
                if number == "p" and gender == entry.gender and entry.pos != "VERB":
                    return form
        return word if word.endswith(("s", "x", "z")) else word + "s"

    def counterpart(self, word: str) -> str | None:
        """The other-gender noun of a lexical pair (homme <-> femme, pères -> mères)."""
        if self._plural_pairs is None:
            self._plural_pairs = {"m": {}, "f": {}}
            for masc, fem in GENDERED_NOUN_PAIRS:
                pm, pf = self._plural(masc), self._plural(fem)
                self._plural_pairs["m"].setdefault(pm, pf)
                self._plural_pairs["f"].setdefault(pf, pm)
        low = _norm(word).lower()
        for table in (_PAIR_OF, self._plural_pairs):
            for gender in ("m", "f"):
                if low in table[gender]:
                    return _match_case(word, table[gender][low])
        return None

    def inflect(self, word: str, gender: str, number: str | None = None,
                pos: str | None = None) -> str | None:
        """word's lemma in the requested gender and number (default: word's own), case kept.

        Epicene and fixed-gender person nouns come back unchanged (Russe, victime); None
        when the lexicon has no such form or word is unknown.
        """
        if gender not in ("m", "f"):
            raise ValueError(f"gender must be 'm' or 'f', not {gender!r}")
        low = _norm(word).lower()
        if pos is None or _pos_ok("NOUN", pos):
            if self.fixed_person_noun_gender(word):
                return word
            if low in _NOT_INFLECTED:
                return None
        best = None
        for gi, entry in self._readings(word):
            if not _pos_ok(entry.pos, pos):
                continue
            target = number or ("s" if entry.number == "i" else entry.number)
            if entry.gender == gender:
                wanted = [(gender, 2)]
            elif entry.gender == "e":
                wanted = [(gender, 1), ("e", 3)]
            else:
                wanted = [(gender, 0), ("e", 0)]
            for want, rank in wanted:
                found = False
                for fi in self._family(gi):
                    lemma, code, _, _ = self._group(fi)
                    if code == "V" and not entry.participle or code != "V" and entry.participle:
                        continue
                    for form, g, n in self._forms(fi):
                        if g != want or not (n == target or "i" in (n, target)):
                            continue
                        key = (rank, lemma not in _PREFERRED_LEMMAS, form != entry.form,
                               fi != gi, form in _PREVOCALIC, form)
                        if best is None or key < best[0]:
                            best = (key, form)
                        found = True
                if found:
                    break
        return _match_case(word, best[1]) if best else None


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The shared lexicon, loaded on first use."""
    return Lexicon()
