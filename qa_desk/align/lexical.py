"""What the aligner knows about words: a learned English-French translation table.

The table (resources/align/en_fr_words.tsv.gz, built by
scripts/build_translation_table.py from Europarl with IBM model 1) says
that "house" is likely "maison". The aligner turns it into anchors: an
English sentence carries the French words its words translate to
("x:maison"), a French sentence the words it has, so the overlap machinery
that already counts shared numbers and names counts translated words too.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache

import numpy as np

from ..paths import resource_path

TABLE = ("align", "en_fr_words.tsv.gz")
_WORD = re.compile(r"[^\W\d_]+")


_SHARED: dict[str, str] = {}  # one string object per distinct word: a long document repeats them


def word_tokens(text: str) -> list[str]:
    """Lower-case words, letters only: "l'homme" -> ["l", "homme"]."""
    shared = _SHARED
    if len(shared) > 500_000:
        shared.clear()
    return [shared.setdefault(w, w) for w in _WORD.findall(text.lower())]


class Lexicon:
    """English word -> ((French word, weight), ...), and the French words the table knows.

    ``extra`` holds pairs learnt from the document being aligned, looked up beside the
    shipped table without copying it.
    """

    def __init__(self, pairs: dict[str, tuple[tuple[str, float], ...]],
                 extra: dict[str, list[tuple[str, float]]] | None = None):
        self.pairs = pairs
        self.extra = extra or {}
        self.french = frozenset(f for options in pairs.values() for f, _ in options)
        self.french_extra = frozenset(f for options in self.extra.values() for f, _ in options)

    def __len__(self) -> int:
        return sum(len(v) for v in self.pairs.values()) + sum(len(v) for v in self.extra.values())

    def extended(self, extra: dict[str, list[tuple[str, float]]]) -> Lexicon:
        """This table plus word pairs learnt elsewhere (the document itself)."""
        return Lexicon(self.pairs, extra)

    def add_learnt(self, words: dict[str, float], tokens: list[str], lang: str) -> dict[str, float]:
        """``words`` (anchors from the shipped table) plus those the learnt pairs add; the same
        dict when they add nothing, so most items are not copied."""
        new: dict[str, float] = {}
        if lang == "en":
            get = self.extra.get
            for token in tokens:
                for fr, weight in get(token, ()):
                    key = "x:" + fr
                    if weight > words.get(key, 0.0) and weight > new.get(key, 0.0):
                        new[key] = weight
        else:
            french = self.french_extra
            new = {"x:" + w: 1.0 for w in tokens if w in french and "x:" + w not in words}
        return {**words, **new} if new else words

    def source_keys(self, words: list[str]) -> dict[str, float]:
        """Anchors of an English item: the French words its words translate to, strongest weight kept."""
        keys: dict[str, float] = {}
        for table in (self.pairs, self.extra) if self.extra else (self.pairs,):
            get = table.get
            for word in words:
                for fr, weight in get(word, ()):
                    key = "x:" + fr
                    if weight > keys.get(key, 0.0):
                        keys[key] = weight
        return keys

    def target_keys(self, words: list[str]) -> dict[str, float]:
        """Anchors of a French item: its words that the table can translate to."""
        french, extra = self.french, self.french_extra
        return {"x:" + w: 1.0 for w in words if w in french or w in extra}


def read_table(lines) -> Lexicon:
    """Parse the TSV (en, fr, p(fr|en), p(en|fr)); the weight of a pair is the geometric mean."""
    pairs: dict[str, list[tuple[str, float]]] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 4:
            raise ValueError(f"translation table line {number}: expected 4 columns, got {len(parts)}")
        en, fr, p_fe, p_ef = parts
        pairs.setdefault(en, []).append((fr, round((float(p_fe) * float(p_ef)) ** 0.5, 4)))
    return Lexicon({en: tuple(options) for en, options in pairs.items()})


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped table, read once per process (about 0.1 s)."""
    with gzip.open(resource_path(*TABLE), "rt", encoding="utf-8") as handle:
        return read_table(handle)


def translation_keys(tokens: list[str], lang: str | None, lexicon: Lexicon | None = None) -> dict[str, float]:
    """Translated-word anchors of an item's words: English carries their French translations,
    French its own words; {} for any other language (the table is English-French)."""
    if lang not in ("en", "fr"):
        return {}
    table = lexicon if lexicon is not None else default_lexicon()
    return table.source_keys(tokens) if lang == "en" else table.target_keys(tokens)


def lexical_lang(lang: str | None) -> str | None:
    """The language as the table knows it ("en", "fr"), or None: "en-GB" -> "en"."""
    base = (lang or "").split("-")[0].split("_")[0].lower()
    return base if base in ("en", "fr") else None


MAX_PAIRS = 3_000_000  # word pairs counted at most (24 MB of keys): later links are not read


def learn_pairs(src_tokens: list[list[str]], tgt_tokens: list[list[str]], min_count: int = 2,
                min_dice: float = 0.3, per_word: int = 3) -> dict[str, list[tuple[str, float]]]:
    """Word pairs that keep turning up together in linked items (hunalign's realign idea).

    ``src_tokens[k]`` (English) and ``tgt_tokens[k]`` (French) are the words of the
    k-th link the first pass trusts; a pair seen in at least ``min_count`` links with
    a Dice coefficient of ``min_dice`` or more is kept, weighted by that coefficient.
    """
    en_ids: dict[str, int] = {}
    fr_ids: dict[str, int] = {}
    keys = []
    df_e: dict[int, int] = {}
    df_f: dict[int, int] = {}
    budget = MAX_PAIRS
    for src, tgt in zip(src_tokens, tgt_tokens):
        es = {en_ids.setdefault(w, len(en_ids)) for w in src}
        fs = {fr_ids.setdefault(w, len(fr_ids)) for w in tgt}
        if not es or not fs:
            continue
        budget -= len(es) * len(fs)
        if budget < 0:
            break
        for e in es:
            df_e[e] = df_e.get(e, 0) + 1
        for f in fs:
            df_f[f] = df_f.get(f, 0) + 1
        keys.append((np.fromiter(es, np.int64)[:, None] * len_guard + np.fromiter(fs, np.int64)[None, :]).ravel())
    if not keys:
        return {}
    pair_keys, counts = np.unique(np.concatenate(keys), return_counts=True)
    keep = counts >= min_count
    pair_keys, counts = pair_keys[keep], counts[keep]
    e_arr, f_arr = pair_keys // len_guard, pair_keys % len_guard
    de = np.array([df_e[e] for e in e_arr.tolist()], float)
    dfv = np.array([df_f[f] for f in f_arr.tolist()], float)
    dice = 2.0 * counts / (de + dfv)
    en_words = list(en_ids)
    fr_words = list(fr_ids)
    out: dict[str, list[tuple[str, float]]] = {}
    for e, f, d in zip(e_arr.tolist(), f_arr.tolist(), dice.tolist()):
        if d >= min_dice:
            out.setdefault(en_words[e], []).append((fr_words[f], round(d, 4)))
    return {en: sorted(o, key=lambda kv: (-kv[1], kv[0]))[:per_word] for en, o in out.items()}


len_guard = 1 << 31  # word ids of one side stay below this: pair key = en id * len_guard + fr id
