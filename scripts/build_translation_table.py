"""Build resources/align/en_fr_words.tsv.gz: English-French word translation probabilities.

IBM model 1 (Brown et al. 1993), trained by EM in both directions on
Europarl v7 sentence pairs, then pruned to the pairs both directions agree
on. The aligner reads the table to know that "house" is "maison"; it is
small because the aligner needs the common words, not a dictionary.

    .venv/bin/python scripts/build_translation_table.py [--data TSV] [--out PATH]

Input: a TSV with a header ``en<TAB>fr`` and one sentence pair a line
(../shared/data/parallel/europarl-v7-10k.tsv). Deterministic: the same
input gives the same table, byte for byte.
"""
from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.align.lexical import word_tokens  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "parallel" / "europarl-v7-10k.tsv"
OUT = ROOT / "resources" / "align" / "en_fr_words.tsv.gz"


def read_pairs(path: Path) -> list[tuple[list[str], list[str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t")[:2] != ["en", "fr"]:
        raise SystemExit(f"{path}: expected a header 'en<TAB>fr'")
    pairs = []
    for line in lines[1:]:
        en, _, fr = line.partition("\t")
        e, f = word_tokens(en), word_tokens(fr)
        if e and f and len(e) <= 80 and len(f) <= 80:
            pairs.append((e, f))
    return pairs


def model_one(pairs: list[tuple[list[int], list[int]]], n_src: int, n_tgt: int,
              iterations: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """t(tgt | src) by EM; source id 0 is NULL. Returns (src ids, tgt ids, probabilities) of the pairs seen."""
    src_occ, tgt_occ, group = [], [], []
    g = 0
    for src, tgt in pairs:
        src = np.array([0, *src], dtype=np.int64)
        tgt = np.array(tgt, dtype=np.int64)
        src_occ.append(np.tile(src, len(tgt)))
        tgt_occ.append(np.repeat(tgt, len(src)))
        group.append(np.repeat(np.arange(g, g + len(tgt)), len(src)))
        g += len(tgt)
    s, t, grp = np.concatenate(src_occ), np.concatenate(tgt_occ), np.concatenate(group)
    keys, occ = np.unique(s * n_tgt + t, return_inverse=True)
    pair_src, pair_tgt = keys // n_tgt, keys % n_tgt
    prob = np.full(len(keys), 1.0 / n_tgt)
    for _ in range(iterations):
        p = prob[occ]
        posterior = p / np.bincount(grp, weights=p, minlength=g)[grp]
        counts = np.bincount(occ, weights=posterior, minlength=len(keys))
        totals = np.bincount(pair_src, weights=counts, minlength=n_src)
        prob = counts / totals[pair_src]
    return pair_src, pair_tgt, prob


def build(pairs, iterations: int, min_prob: float, per_word: int):
    en_vocab: dict[str, int] = {"": 0}
    fr_vocab: dict[str, int] = {"": 0}
    ids = [([en_vocab.setdefault(w, len(en_vocab)) for w in e],
            [fr_vocab.setdefault(w, len(fr_vocab)) for w in f]) for e, f in pairs]
    fe_src, fe_tgt, p_fe = model_one(ids, len(en_vocab), len(fr_vocab), iterations)
    ef_src, ef_tgt, p_ef = model_one([(f, e) for e, f in ids], len(fr_vocab), len(en_vocab), iterations)
    reverse = dict(zip((ef_tgt * len(fr_vocab) + ef_src).tolist(), p_ef.tolist()))
    en_words = {i: w for w, i in en_vocab.items()}
    fr_words = {i: w for w, i in fr_vocab.items()}
    rows: dict[str, list[tuple[float, str, float, float]]] = {}
    for e, f, pf in zip(fe_src.tolist(), fe_tgt.tolist(), p_fe.tolist()):
        if e == 0:
            continue
        pe = reverse.get(e * len(fr_vocab) + f, 0.0)
        if pf >= min_prob and pe >= min_prob:  # both directions agree: intersection, as in phrase-table symmetrisation
            rows.setdefault(en_words[e], []).append(((pf * pe) ** 0.5, fr_words[f], pf, pe))
    table = []
    for en in sorted(rows):
        for score, fr, pf, pe in sorted(rows[en], key=lambda r: (-r[0], r[1]))[:per_word]:
            table.append((en, fr, pf, pe))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--iterations", type=int, default=8)
    parser.add_argument("--min-prob", type=float, default=0.05)
    parser.add_argument("--per-word", type=int, default=4)
    args = parser.parse_args()
    if not args.data.is_file():
        raise SystemExit(f"{args.data}: no such file (Europarl v7 English-French, TSV with a header en, fr)")
    start = time.perf_counter()
    pairs = read_pairs(args.data)
    table = build(pairs, args.iterations, args.min_prob, args.per_word)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{en}\t{fr}\t{pf:.3f}\t{pe:.3f}\n" for en, fr, pf, pe in table)
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:  # mtime=0: same input, same bytes
        out.write(("#en\tfr\tp(fr|en)\tp(en|fr)\n" + body).encode("utf-8"))
    print(f"{len(pairs)} sentence pairs -> {len(table)} word pairs, "
          f"{len({r[0] for r in table})} English words, {args.out} "
          f"({args.out.stat().st_size // 1024} KB, {time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
