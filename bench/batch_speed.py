"""Batch speed of the whole QA battery against Translate Toolkit's pofilter, on the same XLIFF files.

    .venv/bin/python bench/batch_speed.py --pofilter /tmp/benchvenv/bin/pofilter [--docs 300] [--jobs 2]
    .venv/bin/python bench/batch_speed.py --profile      # cProfile of the battery, one process
    QA_SORT=tottime QA_CALLERS=PATTERN .venv/bin/python bench/batch_speed.py --profile  # sorted by own time, with the callers of PATTERN

The corpus: the seed pair, the clean battery-B news pairs and, when the shared
data is there, MT-GenEval's human translations cut into 40-sentence documents,
all converted to XLIFF 1.2 (the XLIFF pofilter reads) and copied until there
are --docs documents. qa-desk runs as a user would (`qa-desk batch PAIRS.tsv
-o OUT --jobs N`, process start-up and model loading included); pofilter runs
with --language=fr, once in one process and once as N processes on N shares.
translate-toolkit must live in its own venv, never in qa-desk's.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa_desk.engine import load_document, run_checks, save_document  # noqa: E402
from qa_desk.model import BilingualDocument, Content, Segment  # noqa: E402

SEED = (ROOT / "seeds" / "000_f49c22878f2298e4.en.txt", ROOT / "seeds" / "000_f49c22878f2298e4.txt")
CLEAN = ROOT / "tests" / "data" / "battery_b" / "clean"
GENEVAL = ROOT.parent / "shared" / "data" / "gender" / "mt-geneval-dev" / "sentences"


def templates(workdir: Path) -> list[tuple[Path, int]]:
    """(XLIFF 1.2 file, source words) for each distinct document of the corpus."""
    docs: list[BilingualDocument] = [load_document([str(p) for p in SEED])]
    for en in sorted(CLEAN.glob("*.en.txt")):
        docs.append(load_document([str(en), str(en).replace(".en.txt", ".fr.txt")]))
    for gender in ("feminine", "masculine"):
        en, fr = GENEVAL / f"geneval-sentences-{gender}-dev.en_fr.en", GENEVAL / f"geneval-sentences-{gender}-dev.en_fr.fr"
        if not en.exists():
            continue
        pairs = list(zip(en.read_text(encoding="utf-8").splitlines(), fr.read_text(encoding="utf-8").splitlines()))
        for start in range(0, len(pairs), 40):
            segs = [Segment(f"s{n}", Content(s), Content(t), state="translated")
                    for n, (s, t) in enumerate(pairs[start:start + 40], 1)]
            docs.append(BilingualDocument(segs, path=f"geneval-{gender}-{start}.xlf"))
    out = []
    for n, doc in enumerate(docs):
        path = workdir / "templates" / f"t{n:03d}.xlf"
        path.parent.mkdir(parents=True, exist_ok=True)
        save_document(doc, str(path), "xliff12")
        out.append((path, doc.word_count()))
    return out


def build_corpus(workdir: Path, count: int) -> tuple[Path, list[Path], int]:
    base = templates(workdir)
    count = count or len(base)  # 0: every distinct document once (no repeats for text caches to reuse)
    files, words = [], 0
    corpus = workdir / "corpus"
    corpus.mkdir(exist_ok=True)
    for n in range(count):
        source, w = base[n % len(base)]
        target = corpus / f"d{n:04d}.xlf"
        shutil.copyfile(source, target)
        files.append(target)
        words += w
    tsv = workdir / "pairs.tsv"
    tsv.write_text("".join(f"corpus/{f.name}\n" for f in files), encoding="utf-8")
    return tsv, files, words


def timed(commands: list[list[str]]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of all their processes) for the commands run side by side."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in commands]
    for proc, command in zip(procs, commands):
        _, err = proc.communicate()
        if proc.returncode not in (0, 2, 3):
            raise SystemExit(f"{command[0]} failed ({proc.returncode}): {err.decode()[-500:]}")
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


# The surface battery (string checks, no analysis of the English), as Translate Toolkit's tests are.
SURFACE = ("numbers,number-format,untranslated,english-words,spacing,quotes,apostrophe,ellipsis,number-space,"
           "repeated-word,double-space,whitespace,brackets,tags,placeholders,length")


def bench_qa_desk(workdir: Path, tsv: Path, jobs: int, profile: str | None,
                  checks: str | None = None) -> tuple[float, float]:
    out = workdir / ("qa-out-" + ("surface" if checks else "all"))
    command = [str(ROOT / ".venv" / "bin" / "qa-desk"), "batch", str(tsv), "-o", str(out), "--jobs", str(jobs)]
    if checks:
        command += ["--checks", checks]
    if profile:
        command += ["--profile", profile]
    return timed([command])


def bench_pofilter(pofilter: str, workdir: Path, files: list[Path], jobs: int):
    """(wall, CPU) for one process on everything, then for `jobs` processes on equal shares."""
    one = timed([[pofilter, "--language=fr", "--progress=none", "-i", str(workdir / "corpus"),
                  "-o", str(workdir / "po-out-1")]])
    commands = []
    for j in range(jobs):
        share = workdir / f"share{j}"
        share.mkdir(exist_ok=True)
        for f in files[j::jobs]:
            shutil.copyfile(f, share / f.name)
        commands.append([pofilter, "--language=fr", "--progress=none", "-i", str(share),
                         "-o", str(workdir / f"po-out-share{j}")])
    return one, timed(commands)


def profile_battery(files: list[Path], top: int = 25) -> str:
    """cProfile of all checks on the documents in this process, models loaded beforehand."""
    docs = [load_document([str(f)]) for f in files]
    run_checks(docs[0])  # load models, lexicons and modules outside the profile
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for doc in docs:
        run_checks(doc)
    profiler.disable()
    elapsed = time.perf_counter() - started
    words = sum(d.word_count() for d in docs)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).sort_stats(os.environ.get("QA_SORT", "cumulative"))
    stats.print_stats(top)
    if os.environ.get("QA_CALLERS"):
        stats.print_callers(os.environ["QA_CALLERS"])
    return f"{words} words in {elapsed:.2f} s under cProfile ({words / elapsed:.0f} words/s)\n" + stream.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pofilter", help="path to pofilter (translate-toolkit in a separate venv)")
    parser.add_argument("--docs", type=int, default=300, help="documents (copies); 0 = each distinct one once")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--qa-profile", help="qa-desk profile for the batch (e.g. resources/profiles/default.toml)")
    parser.add_argument("--profile", action="store_true", help="cProfile the battery instead of timing the batch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qa-batch-bench-") as tmp:
        workdir = Path(tmp)
        tsv, files, words = build_corpus(workdir, args.docs)
        if args.profile:
            print(profile_battery(files[:min(len(files), 60)]))
            return 0
        print(f"corpus: {len(files)} XLIFF 1.2 documents, {words} source words; "
              f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
        print("| run | wall | words/s (wall) | CPU s | words/s per CPU-second x jobs |")
        print("|---|---|---|---|---|")
        rows = [(f"qa-desk batch, all checks, --jobs {args.jobs}", args.jobs,
                 bench_qa_desk(workdir, tsv, args.jobs, args.qa_profile)),
                (f"qa-desk batch, surface battery, --jobs {args.jobs}", args.jobs,
                 bench_qa_desk(workdir, tsv, args.jobs, args.qa_profile, SURFACE))]
        if args.pofilter:
            one, shared = bench_pofilter(args.pofilter, workdir, files, args.jobs)
            rows += [("pofilter --language=fr, 1 process", 1, one),
                     (f"pofilter --language=fr, {args.jobs} processes", args.jobs, shared)]
        for label, jobs, (wall, cpu) in rows:
            print(f"| {label} | {wall:.1f} s | {words / wall:,.0f} | {cpu:.1f} | {jobs * words / cpu:,.0f} |")
        if args.pofilter:
            pofilter_wall = rows[-1][2][0]
            for label, _, (wall, _) in rows[:2]:
                print(f"{label}: {wall / pofilter_wall:.2f}x the time of pofilter with as many processes")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
