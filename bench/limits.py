"""Largest inputs measured: wall time and peak memory of ``qa-desk check`` on big and odd files.

    python bench/limits.py [--cases billion-laughs,xliff-20k,xliff-100k,text-1mb,text-10mb,text-50mb,para-5mb,...]
                           [--workdir /tmp/qa-desk-limits]

Each case is generated (synthetic news-like English/French with names, titles,
numbers and quotations; deterministic), then checked by ``python -m qa_desk
check ... -o report.txt`` in a child process; time is the
child's wall clock, memory its peak RSS from ``os.wait4`` (ru_maxrss).
Hostile cases (entity bombs) must end in exit 2, fast and small.
Prints a Markdown table for bench/RESULTS-robustness.md.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIRST = [("Susan", "f"), ("Maria", "f"), ("Wendy", "f"), ("Anna", "f"), ("John", "m"), ("Sergei", "m"),
         ("Ned", "m"), ("Pierre", "m"), ("Olga", "f"), ("David", "m")]
LAST = ["Park", "Sherman", "Ryabkov", "Price", "Dubois", "Martin", "Kowalski", "Tanaka", "Okafor", "Silva"]
ROLE = [("minister", "ministre", "ministre"), ("governor", "gouverneur", "gouverneure"),
        ("spokesperson", "porte-parole", "porte-parole"), ("director", "directeur", "directrice"),
        ("senator", "sénateur", "sénatrice"), ("ambassador", "ambassadeur", "ambassadrice")]
TOPIC = [("the talks", "les pourparlers"), ("the budget", "le budget"), ("the sanctions", "les sanctions"),
         ("the election", "l'élection"), ("the agreement", "l'accord"), ("the strike", "la grève")]
CITY = ["Paris", "Moscow", "Geneva", "Washington", "Brussels", "Kyiv", "Ottawa", "Dakar"]


def sentence_pair(rng: random.Random) -> tuple[str, str]:
    first, sex = rng.choice(FIRST)
    name = f"{first} {rng.choice(LAST)}"
    role_en, role_m, role_f = rng.choice(ROLE)
    topic_en, topic_fr = rng.choice(TOPIC)
    city, n = rng.choice(CITY), rng.randint(2, 9999)
    he, il = ("she", "elle") if sex == "f" else ("he", "il")
    role_fr = role_f if sex == "f" else role_m
    art = "La" if sex == "f" and role_fr != role_m else "Le"
    form = rng.randrange(4)
    if form == 0:
        return (f"The {role_en} {name} said on Monday in {city} that {topic_en} would resume.",
                f"{art} {role_fr} {name} a déclaré lundi à {city} que {topic_fr} reprendraient.")
    if form == 1:
        return (f"\"We will not accept {n} more delays,\" {he} told reporters.",
                f"« Nous n'accepterons pas {n} retards de plus », a-t-{il} dit aux journalistes.")
    if form == 2:
        return (f"About {n} people gathered in {city} on Tuesday.",
                f"Environ {n} personnes se sont rassemblées à {city} mardi.")
    return (f"{name} has led {topic_en} since {1990 + n % 30}.",
            f"{name} dirige {topic_fr} depuis {1990 + n % 30}.")


def paragraphs(rng: random.Random, count: int, sentences=(2, 6)) -> tuple[list[str], list[str]]:
    en, fr = [], []
    for _ in range(count):
        pairs = [sentence_pair(rng) for _ in range(rng.randint(*sentences))]
        en.append(" ".join(p[0] for p in pairs))
        fr.append(" ".join(p[1] for p in pairs))
    return en, fr


def text_pair(folder: Path, megabytes: float, single_paragraph=False) -> list[Path]:
    en_path, fr_path = folder / "source.en.txt", folder / "target.fr.txt"
    if not fr_path.exists():
        rng, en, fr, size = random.Random(megabytes), [], [], 0
        while size < megabytes * 1_000_000:
            e, f = paragraphs(rng, 50)
            en += e
            fr += f
            size += sum(len(x.encode()) + 2 for x in f)
        sep = " " if single_paragraph else "\n\n"
        en_path.write_text(sep.join(en) + "\n", encoding="utf-8")
        fr_path.write_text(sep.join(fr) + "\n", encoding="utf-8")
    return [en_path, fr_path]


def three_vs_300(folder: Path) -> list[Path]:
    en_path, fr_path = folder / "three.en.txt", folder / "three-hundred.fr.txt"
    rng = random.Random(300)
    en, _ = paragraphs(rng, 3)
    _, fr = paragraphs(rng, 300)
    en_path.write_text("\n\n".join(en) + "\n", encoding="utf-8")
    fr_path.write_text("\n\n".join(fr) + "\n", encoding="utf-8")
    return [en_path, fr_path]


def xliff(folder: Path, segments: int) -> list[Path]:
    path = folder / f"doc-{segments}.xlf"
    if not path.exists():
        from qa_desk.formats import write_document
        from qa_desk.model import BilingualDocument, Content, Segment
        rng = random.Random(segments)
        segs = []
        for n in range(segments):
            en, fr = sentence_pair(rng)
            segs.append(Segment(f"s{n}", Content(en), Content(fr), "translated", paragraph=n // 4))
        write_document(BilingualDocument(segs, path=str(path)), path, "xliff2")
    return [path]


def billion_laughs(folder: Path, levels: int = 10) -> list[Path]:
    """10 levels of 10: 10^10 "ha" if expanded (tens of gigabytes)."""
    path = folder / "laughs.xlf"
    ents = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, levels)]
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE xliff [\n{chr(10).join(ents)}\n]>\n'
                    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
                    'source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>'
                    f'&l{levels - 1};</source></trans-unit></body></file></xliff>\n', encoding="utf-8")
    return [path]


def hidden_laughs(folder: Path) -> list[Path]:
    """The same bomb after a 2 MB comment, beyond the raw prolog scan (and the format sniffer):
    measured on xmlsafe.parse_xml itself, where libxml2 (no entity substitution) must refuse it."""
    path = billion_laughs(folder)[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("?>\n", "?>\n<!--" + " pad " * 400_000 + "-->\n", 1), encoding="utf-8")
    return [path]


CASES = {
    "billion-laughs": billion_laughs,
    "laughs-after-2mb-comment": hidden_laughs,
    "xliff-20k": lambda d: xliff(d, 20_000),
    "xliff-100k": lambda d: xliff(d, 100_000),
    "text-1mb": lambda d: text_pair(d, 1),
    "text-10mb": lambda d: text_pair(d, 10),
    "text-50mb": lambda d: text_pair(d, 50),
    "para-5mb": lambda d: text_pair(d, 5, single_paragraph=True),
    "3-vs-300": three_vs_300,
}


PARSE_ONLY = {"laughs-after-2mb-comment"}  # measured on the XML parser, not the command


def measure(paths: list[Path], folder: Path, parse_only: bool = False) -> dict:
    report = folder / "report.txt"  # the text report: a 50 MB pair's JSON is ~0.5 GB to parse again
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "qa_desk", "check", *map(str, paths), "-o", str(report)]
    if parse_only:
        command = [sys.executable, "-c", "import sys\nfrom qa_desk.cli import main, InputError\n"
                   "from qa_desk.formats.xmlsafe import parse_xml\ntry:\n    parse_xml(sys.argv[1])\n"
                   "except InputError as exc:\n    print(f'qa-desk: {exc}', file=sys.stderr)\n    sys.exit(2)", str(paths[0])]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    err = child.stderr.read().strip()
    result = {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "exit": os.waitstatus_to_exitcode(status),
              "error": err.splitlines()[-1] if err else ""}
    if result["exit"] == 0 and report.exists():
        with open(report, encoding="utf-8") as handle:
            head = "".join(handle.readline() for _ in range(3))
        counts = re.search(r"(\d+) segments, \d+ source words, (\d+) issues", head)
        result["segments"], result["issues"] = (int(counts[1]), int(counts[2])) if counts else ("?", "?")
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--workdir", default="/tmp/qa-desk-limits")
    args = parser.parse_args(argv)
    print("| case | input | segments | issues | wall time | peak memory | exit |")
    print("|---|---|---|---|---|---|---|")
    for name in args.cases.split(","):
        folder = Path(args.workdir) / name
        folder.mkdir(parents=True, exist_ok=True)
        paths = CASES[name](folder)
        size = sum(p.stat().st_size for p in paths) / 1e6
        r = measure(paths, folder, name in PARSE_ONLY)
        print(f"| {name} | {size:.1f} MB | {r.get('segments', '-')} | {r.get('issues', '-')} | "
              f"{r['seconds']:.2f} s | {r['peak_mb']:.0f} MB | {r['exit']} {r['error'][:70]} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
