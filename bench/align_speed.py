"""Time and memory of align_texts on a 10,000-paragraph pair built from real paragraphs.

Paragraph pairs come from the seed (English paragraphs 2-26 with the 25
French ones) and from the TransRead dev novels (paragraphs joined through
their gold links); they are drawn at random, with repeats, until the source
has N paragraphs; then 2% of the target paragraphs are dropped and 2% are
inserted from elsewhere, so the aligner has omissions and additions to find.

    .venv/bin/python bench/align_speed.py [--paragraphs 10000] [--tracemalloc]

Reports wall and CPU time of align_texts (other processes on the machine
inflate the wall time, not the CPU time), the process's peak resident memory
(resource.getrusage, whole process, Python and numpy included) and, with
--tracemalloc, the peak of Python allocations (slower run).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_gold import DATA, paragraph_pairs  # noqa: E402
from qa_desk.align.document import align_texts  # noqa: E402
from qa_desk.align.paragraphs import split_paragraphs  # noqa: E402

SEED_EN = ROOT / "seeds" / "000_f49c22878f2298e4.en.txt"
SEED_FR = ROOT / "seeds" / "000_f49c22878f2298e4.txt"


def pool() -> list[tuple[str, str]]:
    pairs = []
    if SEED_EN.is_file() and SEED_FR.is_file():
        en, fr = SEED_EN.read_text(encoding="utf-8"), SEED_FR.read_text(encoding="utf-8")
        en_p = [en[a:b] for a, b in split_paragraphs(en)]
        fr_p = [fr[a:b] for a, b in split_paragraphs(fr)]
        pairs.extend(zip(en_p[1:], fr_p))  # the English lead has no French counterpart
    if DATA.is_dir():
        for book in sorted(p for p in DATA.iterdir() if p.is_dir()):
            pairs.extend(p for p in paragraph_pairs(book) if len(p[0]) < 5000)
    return pairs


def build(n: int, seed: int = 1) -> tuple[str, str, int, int]:
    rng = random.Random(seed)
    source = pool()
    rows = [rng.choice(source) for _ in range(n)]
    src = [e for e, _ in rows]
    tgt = [f for _, f in rows]
    k = n // 50
    dropped = set(rng.sample(range(n), k))
    tgt = [f for i, f in enumerate(tgt) if i not in dropped]
    for _ in range(k):
        tgt.insert(rng.randrange(len(tgt) + 1), rng.choice(source)[1])
    return "\n\n".join(src) + "\n", "\n\n".join(tgt) + "\n", k, k


def time_seed(repeat: int) -> None:
    en, fr = SEED_EN.read_text(encoding="utf-8"), SEED_FR.read_text(encoding="utf-8")
    align_texts(en, fr, "en", "fr")  # warm-up: segmenter rules compiled, modules loaded
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        pairs = align_texts(en, fr, "en", "fr")
        times.append(time.perf_counter() - start)
    kinds: dict[str, int] = {}
    for p in pairs:
        kinds[p.link] = kinds.get(p.link, 0) + 1
    print(f"seed: {len(pairs)} sentence pairs {dict(sorted(kinds.items()))}, "
          f"best of {repeat}: {min(times) * 1000:.0f} ms")


def time_stages(src: str, tgt: str) -> None:
    """The stages of align_texts, run one by one (same calls, CPU time each)."""
    from qa_desk.align import document
    from qa_desk.align.aligner import PARAGRAPH, SENTENCE, align_features
    from qa_desk.align.segmenter import get_segmenter

    clock = time.process_time
    start = clock()
    src_paras, tgt_paras = split_paragraphs(src), split_paragraphs(tgt)
    seg_s, seg_t = get_segmenter("en"), get_segmenter("fr")
    for raw, paras, seg in ((src, src_paras, seg_s), (tgt, tgt_paras, seg_t)):
        for a, b in paras:
            seg.split(raw[a:b])
    t_seg = clock() - start
    start = clock()
    s_sents, s_feats, s_pf = document._segment(src, src_paras, seg_s, "en")
    t_sents, t_feats, t_pf = document._segment(tgt, tgt_paras, seg_t, "fr")
    t_feat = clock() - start - t_seg  # _segment segments again, then computes features
    start = clock()
    para_params = replace(PARAGRAPH, realign=False)
    links = align_features(s_pf, t_pf, para_params, chrf_confidence=False)
    t_para = clock() - start
    start = clock()
    ones = [(link.src[0], link.tgt[0]) for link in links if link.kind == "1-1"]
    learnt_s, learnt_pf_s, learnt_t, learnt_pf_t = document.learn_from_paragraphs(
        ones, s_feats, s_pf, t_feats, t_pf, ("en", "fr"))
    t_learn = clock() - start
    start = clock()
    if PARAGRAPH.realign:
        links = align_features(learnt_pf_s, learnt_pf_t, para_params, chrf_confidence=False)
    t_para2 = clock() - start
    start = clock()
    for link in links:
        if link.src and link.tgt:
            align_features([f for p in link.src for f in learnt_s[p]],
                           [f for p in link.tgt for f in learnt_t[p]], replace(SENTENCE, boundary=0.0),
                           ratio_hint=1.0)
    t_sent = clock() - start
    start = clock()
    document.align_paragraphs(s_feats, s_pf, t_feats, t_pf, ("en", "fr"))  # all three stages again
    t_repair = max(clock() - start - t_para - t_learn - t_para2 - t_sent, 0.0)
    total = t_seg + t_feat + t_para + t_learn + t_para2 + t_sent + t_repair
    for name, value in (("segmentation", t_seg), ("features", t_feat), ("paragraph alignment", t_para),
                        ("word pairs learnt from paragraphs", t_learn),
                        ("paragraphs aligned again with them", t_para2),
                        ("sentence alignment + confidence", t_sent),
                        ("paragraph boundaries realigned", t_repair)):
        print(f"{name:34s} {value:6.2f} s CPU ({value / total:.0%})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10000)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs; the best and the median are shown")
    parser.add_argument("--seed", action="store_true", help="time the seed pair instead")
    parser.add_argument("--stages", action="store_true", help="CPU time of each stage, once")
    args = parser.parse_args()
    if args.seed:
        return time_seed(max(1, args.repeat))
    if args.stages:
        return time_stages(*build(args.paragraphs)[:2])
    src, tgt, dropped, added = build(args.paragraphs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pair: {len(split_paragraphs(src))} source paragraphs ({len(src):,} chars), "
          f"{len(split_paragraphs(tgt))} target paragraphs ({len(tgt):,} chars); "
          f"{dropped} dropped, {added} added")
    if args.tracemalloc:
        tracemalloc.start()
    walls, cpus = [], []
    for _ in range(max(1, args.repeat)):
        start, cpu = time.perf_counter(), time.process_time()
        pairs = align_texts(src, tgt, "en", "fr")
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    walls.sort()
    cpus.sort()
    elapsed, cpu = walls[0], cpus[0]
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds: dict[str, int] = {}
    for p in pairs:
        kinds[p.link] = kinds.get(p.link, 0) + 1
    print(f"align_texts: best of {len(walls)}: {elapsed:.2f} s wall, {cpu:.2f} s CPU "
          f"(median {walls[len(walls) // 2]:.2f} s wall, {cpus[len(cpus) // 2]:.2f} s CPU)")
    print(f"{len(pairs)} sentence pairs {dict(sorted(kinds.items()))}")
    print(f"peak RSS of the process: {rss_after:.0f} MB (before aligning: {rss_before:.0f} MB)")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"tracemalloc peak of Python allocations during align_texts: {peak / 2**20:.0f} MB")


if __name__ == "__main__":
    main()
