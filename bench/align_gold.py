"""Strict F1 of qa_desk.align.align on the TransRead dev novels (EN-FR, gold n-m links).

Protocol (the same as for hunalign's 0.78 in /work/shared/notes): each novel's
tokenised sentences, one per line, are aligned as one sequence; a predicted
link counts only if the same English ids and French ids form a gold link;
links with an empty side (1-0, 0-1) are left out of both sets.

    .venv/bin/python bench/align_gold.py [--data DIR] [--segmentation]

``--omissions`` builds paragraph pairs from the gold links, drops 5% of the
target paragraphs and inserts 5% from another novel, and scores the 1-0 and
0-1 links found. ``--segmentation`` also scores sentence boundaries inside each gold
paragraph (ids "p.s") for the SRX and pysbd engines, on roughly detokenised text.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.align.aligner import SENTENCE_CHRF, Link, align  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "alignment" / "transread-dev"


def read_sentences(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ident, _, text = line.partition("\t")
            rows.append((ident, text))
    return rows


def read_gold(path: Path) -> list[tuple[frozenset, frozenset]]:
    links = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip():
            continue
        parts = line.split("\t") + ["", ""]
        links.append((frozenset(parts[1].split()), frozenset(parts[2].split())))
    return links


def score(pred: set, gold: set) -> tuple[int, int, int]:
    pred = {p for p in pred if p[0] and p[1]}
    gold = {g for g in gold if g[0] and g[1]}
    return len(pred & gold), len(pred), len(gold)


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def align_by_paragraphs(en: list[tuple[str, str]], fr: list[tuple[str, str]]):
    """The product's path (align_texts) on given sentences: paragraphs ("p" of the ids "p.s") first.

    Returns links as (source indices, target indices, confidence) over the flat sentence lists.
    """
    from qa_desk.align.document import align_paragraphs
    from qa_desk.align.features import item_features, merge_features

    sides = []
    for rows, lang in ((en, "en"), (fr, "fr")):
        paras: list[list[int]] = []
        last = None
        for n, (ident, _) in enumerate(rows):
            para = ident.split(".")[0]
            if para != last:
                paras.append([])
                last = para
            paras[-1].append(n)
        feats = [[item_features(rows[n][1], lang) for n in para] for para in paras]
        pf = [merge_features(f, sum(x.length for x in f) + len(f) - 1) for f in feats]
        sides.append((paras, feats, pf))
    (s_paras, s_feats, s_pf), (t_paras, t_feats, t_pf) = sides
    links = align_paragraphs(s_feats, s_pf, t_feats, t_pf, ("en", "fr"))
    return [([s_paras[p][k] for p, k in src], [t_paras[p][k] for p, k in tgt], conf)
            for src, tgt, _, conf in links]


def run_alignment(data: Path, params=None, quiet: bool = False, calibration: bool = False,
                  paragraphs: bool = False) -> dict:
    totals = [0, 0, 0]
    results = {}
    scored: list[tuple[float, bool]] = []  # (confidence, correct) of every non-null predicted link
    for book in sorted(p for p in data.iterdir() if p.is_dir()):
        en = read_sentences(book / "en.sentences.tsv")
        fr = read_sentences(book / "fr.sentences.tsv")
        gold = set(read_gold(book / "gold_links.tsv"))
        start = time.perf_counter()
        if paragraphs:
            links = [Link(tuple(a), tuple(b), c) for a, b, c in align_by_paragraphs(en, fr)]
        else:
            links = align([t for _, t in en], [t for _, t in fr], "en", "fr", params=params)
        elapsed = time.perf_counter() - start
        pred = {(frozenset(en[i][0] for i in link.src), frozenset(fr[j][0] for j in link.tgt))
                for link in links}
        scored.extend((link.score, (frozenset(en[i][0] for i in link.src),
                                    frozenset(fr[j][0] for j in link.tgt)) in gold)
                      for link in links if link.src and link.tgt)
        counts = score(pred, gold)
        totals = [a + b for a, b in zip(totals, counts)]
        results[book.name] = f1(*counts)
        if not quiet:
            p, r, f = results[book.name]
            print(f"{book.name:40s} en={len(en):5d} fr={len(fr):5d} P={p:.3f} R={r:.3f} "
                  f"F1={f:.3f}  ({elapsed:.2f} s)")
    results["overall"] = f1(*totals)
    if not quiet:
        p, r, f = results["overall"]
        print(f"{'overall (micro)':40s} {'':17s} P={p:.3f} R={r:.3f} F1={f:.3f}")
    if calibration:
        print_calibration(scored)
    return results


CV_GRID = {  # the settings tried for the sentence costs (aligner.SENTENCE); words 10 and realign fixed before
    "boundary": (0.0, 1.0, 1.5, 2.0, 3.0),  # paragraph boundaries: walls (0) or a cost (paragraphs path only)
    "merge": ((0.0, 0.1), (2.0, 0.15), (2.0, 0.25), (4.0, 0.15), (4.0, 0.25)),  # (merge, merge_mu)
    "split": (1.5, 2.0, 2.3, 2.6),  # prior of a 2-1 or 1-2 link (Gale-Church: 2.3)
}


def _with_split(params, split: float):
    """``params`` with the 2-1 and 1-2 links' prior set to ``split``."""
    from dataclasses import replace

    return replace(params, prior=params.prior[:2] + (split, split) + params.prior[4:])


def cross_validate(data: Path, paragraphs: bool) -> None:
    """Leave one novel out over CV_GRID: choose the setting on two novels, score the third."""
    import itertools
    from dataclasses import replace

    from qa_desk.align import document
    from qa_desk.align.aligner import SENTENCE

    books = sorted(p for p in data.iterdir() if p.is_dir())
    counts = {}
    boundaries = CV_GRID["boundary"] if paragraphs else (0.0,)
    for boundary, (merge, merge_mu), split in itertools.product(boundaries, CV_GRID["merge"], CV_GRID["split"]):
        params = _with_split(replace(SENTENCE, boundary=boundary, merge=merge, merge_mu=merge_mu), split)
        document.SENTENCE = params  # align_paragraphs reads the module's sentence costs
        try:
            for book in books:
                en = read_sentences(book / "en.sentences.tsv")
                fr = read_sentences(book / "fr.sentences.tsv")
                if paragraphs:
                    links = [(a, b) for a, b, _ in align_by_paragraphs(en, fr)]
                else:
                    links = [(l.src, l.tgt) for l in align([t for _, t in en], [t for _, t in fr], params=params)]
                pred = {(frozenset(en[i][0] for i in a), frozenset(fr[j][0] for j in b)) for a, b in links}
                gold = set(read_gold(book / "gold_links.tsv"))
                counts[(boundary, merge, merge_mu, split), book.name] = score(pred, gold)
        finally:
            document.SENTENCE = SENTENCE
    settings = list(dict.fromkeys(key for key, _ in counts))
    held_total = [0, 0, 0]
    for held in books:
        def train(setting):
            sums = [sum(counts[setting, b.name][i] for b in books if b != held) for i in range(3)]
            return f1(*sums)[2]
        best = max(settings, key=train)
        held_total = [a + b for a, b in zip(held_total, counts[best, held.name])]
        print(f"held out {held.name:36s} chosen boundary={best[0]} merge={best[1]} merge_mu={best[2]} "
              f"split={best[3]} F1={f1(*counts[best, held.name])[2]:.3f}")
    p, r, f = f1(*held_total)
    print(f"leave-one-novel-out overall: P={p:.3f} R={r:.3f} F1={f:.3f}")
    shipped = (SENTENCE.boundary if paragraphs else 0.0, SENTENCE.merge, SENTENCE.merge_mu, SENTENCE.prior[2])
    if shipped in settings:
        sums = [sum(counts[shipped, b.name][i] for b in books) for i in range(3)]
        print(f"shipped setting {shipped} on all three: F1={f1(*sums)[2]:.3f}")


def print_calibration(scored: list[tuple[float, bool]]) -> None:
    """Share of correct links per confidence band, and the AUC of confidence for correctness."""
    bands: dict[int, list[int]] = {}
    for conf, ok in scored:
        band = bands.setdefault(min(int(conf * 5), 4), [0, 0])
        band[0] += ok
        band[1] += 1
    for band in sorted(bands):
        right, total = bands[band]
        print(f"confidence {band / 5:.1f}-{(band + 1) / 5:.1f}: {right}/{total} links correct "
              f"({right / total:.3f})")
    ordered = sorted(scored)
    ranks: dict[float, list[int]] = {}
    for rank, (conf, _) in enumerate(ordered, 1):
        ranks.setdefault(conf, []).append(rank)
    pos = [conf for conf, ok in scored if ok]
    n_pos, n_neg = len(pos), len(scored) - len(pos)
    if n_pos and n_neg:
        rank_sum = sum(sum(ranks[c]) / len(ranks[c]) for c in pos)
        print(f"AUC of confidence, correct vs wrong links: {(rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg):.3f}")


def detokenise(text: str, lang: str) -> str:
    text = regex.sub(r" ([,.)\]])", r"\1", text)
    text = regex.sub(r"([(\[]) ", r"\1", text)
    text = regex.sub(r" ?([’']) ?(?=\p{L})", r"\1", text) if lang == "fr" else \
        regex.sub(r" (['’](?:s|t|ll|re|ve|d|m)\b)", r"\1", text)
    if lang == "en":
        text = regex.sub(r" ([;:?!])", r"\1", text)
    return text


def _boundary_counts(seg, text: str, expected: list[str]) -> tuple[int, int, int]:
    gold, pos = set(), 0
    for sentence in expected:
        pos = text.index(sentence, pos)
        if pos:
            gold.add(pos)
        pos += len(sentence)
    got = {a for a, _ in seg.split(text)[1:]}
    return len(got & gold), len(got - gold), len(gold - got)


def run_segmentation(data: Path) -> None:
    """Sentence boundaries: the hand-checked seed lists, the phenomena cases, the novels."""
    from qa_desk.align.segmenter import Segmenter

    fixtures = ROOT / "tests" / "align" / "data"
    seeds = {"en": ROOT / "seeds" / "000_f49c22878f2298e4.en.txt",
             "fr": ROOT / "seeds" / "000_f49c22878f2298e4.txt"}
    cases = []
    for line in (fixtures / "segmentation_cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, expected = line.split("\t")
            cases.append((lang, expected.split(" || ")))
    for engine in ("srx", "pysbd"):
        for lang, path in seeds.items():
            seg = Segmenter(lang, engine=engine)
            raw = path.read_text(encoding="utf-8")
            expected = (fixtures / f"seed_sentences.{lang}.txt").read_text(encoding="utf-8").splitlines()
            start = time.perf_counter()
            tp, fp, fn = _boundary_counts(seg, raw, expected)
            ms = (time.perf_counter() - start) * 1000
            print(f"seed {lang} {engine:6s}: {len(seg.split(raw))} sentences (hand-checked {len(expected)}), "
                  f"boundaries tp={tp} fp={fp} fn={fn} ({ms:.0f} ms)")
        right = sum(Segmenter(lang, engine=engine).sentences(" ".join(exp)) == exp for lang, exp in cases)
        print(f"phenomena {engine:6s}: {right}/{len(cases)} cases exactly right")
    for engine in ("srx", "pysbd"):
        tp = fp = fn = 0
        start = time.perf_counter()
        for book in sorted(p for p in data.iterdir() if p.is_dir()):
            for lang in ("en", "fr"):
                seg = Segmenter(lang, engine=engine)
                paras: dict[str, list[str]] = {}
                for ident, text in read_sentences(book / f"{lang}.sentences.tsv"):
                    paras.setdefault(ident.split(".")[0], []).append(detokenise(text, lang))
                for sentences in paras.values():
                    counts = _boundary_counts(seg, " ".join(sentences), sentences)
                    tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        p, r, f = f1(tp, tp + fp, tp + fn)
        print(f"novels {engine:6s}: boundaries tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} "
              f"F1={f:.3f} ({time.perf_counter() - start:.1f} s)")


def paragraph_pairs(book: Path, sentences: bool = False) -> list[tuple]:
    """Paragraph pairs of a novel: gold links joined through their paragraph ids ("p.s").

    ``sentences``: each side as its list of sentences instead of one string.
    """
    en = read_sentences(book / "en.sentences.tsv")
    fr = read_sentences(book / "fr.sentences.tsv")
    groups: list[tuple[set, set]] = []
    for e_ids, f_ids in read_gold(book / "gold_links.tsv"):
        ep = {i.split(".")[0] for i in e_ids}
        fp = {i.split(".")[0] for i in f_ids}
        if groups and (groups[-1][0] & ep or groups[-1][1] & fp):
            groups[-1][0].update(ep)
            groups[-1][1].update(fp)
        else:
            groups.append((set(ep), set(fp)))
    text_en: dict[str, list[str]] = {}
    text_fr: dict[str, list[str]] = {}
    for ident, text in en:
        text_en.setdefault(ident.split(".")[0], []).append(text)
    for ident, text in fr:
        text_fr.setdefault(ident.split(".")[0], []).append(text)
    pairs = []
    for ep, fp in groups:
        if len(ep) == 1 and len(fp) == 1:
            e, f = text_en[next(iter(ep))], text_fr[next(iter(fp))]
            pairs.append((e, f) if sentences else (" ".join(e), " ".join(f)))
    return pairs


def _paragraph_nulls(src: list[list[str]], tgt: list[list[str]]):
    """Paragraphs left wholly unlinked by the product's path (paragraphs, then sentences).

    Returns (source paragraphs, target paragraphs) none of whose sentences is linked, and the
    links in ``align``'s form for the confidence figures (1-0 links only)."""
    from qa_desk.align.document import align_paragraphs
    from qa_desk.align.features import item_features, merge_features

    sides = []
    for paras, lang in ((src, "en"), (tgt, "fr")):
        feats = [[item_features(t, lang) for t in para] for para in paras]
        sides.append((feats, [merge_features(f, sum(x.length for x in f) + len(f) - 1) for f in feats]))
    (s_feats, s_pf), (t_feats, t_pf) = sides
    linked_s, linked_t, conf = set(), set(), {}
    for s_ids, t_ids, _, score in align_paragraphs(s_feats, s_pf, t_feats, t_pf, ("en", "fr")):
        if s_ids and t_ids:
            linked_s.update(p for p, _ in s_ids)
            linked_t.update(p for p, _ in t_ids)
        for p, _ in s_ids:
            conf.setdefault(p, score)
    om = set(range(len(src))) - linked_s
    return om, set(range(len(tgt))) - linked_t, [Link((p,), (), conf[p]) for p in sorted(om)]


def omission_cases(data: Path, sentences: bool = False, trials: int = 3):
    """Per trial and novel: (novel, source paragraphs, target paragraphs with 5% dropped and as many
    inserted from the other novels, dropped source indices, inserted target indices)."""
    import random

    books = sorted(p for p in data.iterdir() if p.is_dir())
    pairs = {b.name: paragraph_pairs(b, sentences=sentences) for b in books}
    for trial in range(trials):
        for b_idx, book in enumerate(books):
            rng = random.Random(trial * 100 + b_idx)
            rows = pairs[book.name]
            other = [pair for name, rows_o in pairs.items() if name != book.name for pair in rows_o]
            k = max(1, len(rows) // 20)
            dropped = set(rng.sample(range(len(rows)), k))
            src = [e for e, _ in rows]
            tgt, origin = [], []
            for idx, (_, f) in enumerate(rows):
                if idx not in dropped:
                    tgt.append(f)
                    origin.append(idx)
            for _ in range(k):
                pos = rng.randrange(len(tgt) + 1)
                tgt.insert(pos, rng.choice(other)[1])
                origin.insert(pos, None)
            yield book.name, src, tgt, dropped, {j for j, o in enumerate(origin) if o is None}


def run_omissions(data: Path, params=None, trials: int = 3, quiet: bool = False, texts: bool = False) -> dict:
    """Drop 5% of the target paragraphs and insert 5% from the other novels: found as 1-0 / 0-1?

    ``texts``: align as ``align_texts`` does (paragraphs, then the sentences inside, which may
    relink a paragraph the paragraph level left alone); a paragraph counts as found when none
    of its sentences is linked.
    """
    books = sorted(p for p in data.iterdir() if p.is_dir())
    counts = {"omission": [0, 0, 0], "addition": [0, 0, 0]}
    confidence: dict[bool, list[float]] = {True: [], False: []}  # omissions: right or not
    lengths: dict[bool, list[int]] = {True: [], False: []}  # dropped paragraphs: found or not
    for _, src, tgt, dropped, added in omission_cases(data, texts, trials):
        if texts:
            pred_om, pred_add, links = _paragraph_nulls(src, tgt)
        else:
            links = align(src, tgt, params=params, level="paragraph")
            pred_om = {link.src[0] for link in links if not link.tgt}
            pred_add = {link.tgt[0] for link in links if not link.src}
        for link in links:
            if not link.tgt:
                confidence[link.src[0] in dropped].append(link.score)
        for idx in dropped:
            lengths[idx in pred_om].append(len(" ".join(src[idx]) if texts else src[idx]))
        for name, pred, gold in (("omission", pred_om, dropped), ("addition", pred_add, added)):
            c = counts[name]
            c[0] += len(pred & gold)
            c[1] += len(pred)
            c[2] += len(gold)
    out = {name: f1(*c) for name, c in counts.items()}
    if not quiet:
        for name, (p, r, f) in out.items():
            print(f"paragraph {name}s ({trials} trials x {len(books)} novels): "
                  f"P={p:.3f} R={r:.3f} F1={f:.3f}  (tp/pred/gold {counts[name]})")
        for found, values in lengths.items():
            if values:
                values.sort()
                print(f"median length of the dropped paragraphs {'found' if found else 'missed'}: "
                      f"{values[len(values) // 2]} characters ({len(values)})")
        for ok, values in confidence.items():
            if values:
                print(f"mean confidence of {'true' if ok else 'false'} omissions: "
                      f"{sum(values) / len(values):.2f} ({len(values)})")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--segmentation", action="store_true")
    parser.add_argument("--omissions", action="store_true")
    parser.add_argument("--omissions-texts", action="store_true",
                        help="the omission benchmark through align_texts' path (paragraphs, then sentences)")
    parser.add_argument("--omissions-sentence-costs", action="store_true",
                        help="the omission benchmark with the sentence-level costs, for comparison")
    parser.add_argument("--without-1-3", action="store_true",
                        help="forbid links of more than two items a side (1-3, 3-1, 2-3, 3-2, 1-4 ... 6-1)")
    parser.add_argument("--calibration", action="store_true", help="correct links per confidence band")
    parser.add_argument("--paragraphs", action="store_true",
                        help="align paragraphs first (ids p.s), then sentences: the path align_texts takes")
    parser.add_argument("--cross-validate", action="store_true",
                        help="leave one novel out over the sentence-cost settings of CV_GRID")
    parser.add_argument("--chrf-pass", action="store_true",
                        help="add the opt-in chrF second pass (aligner.SENTENCE_CHRF)")
    args = parser.parse_args()
    params = SENTENCE_CHRF if args.chrf_pass else None
    if args.without_1_3:
        from dataclasses import replace

        from qa_desk.align.aligner import SENTENCE
        base = params or SENTENCE
        params = replace(base, prior=base.prior[:5] + (1e6,) * (len(base.prior) - 6) + base.prior[-1:])
    if args.cross_validate:
        return cross_validate(args.data, args.paragraphs)
    run_alignment(args.data, params, calibration=args.calibration, paragraphs=args.paragraphs)
    if args.omissions:
        run_omissions(args.data)
    if args.omissions_texts:
        run_omissions(args.data, texts=True)
    if args.omissions_sentence_costs:
        from qa_desk.align.aligner import SENTENCE
        run_omissions(args.data, SENTENCE)
    if args.segmentation:
        run_segmentation(args.data)


if __name__ == "__main__":
    main()
