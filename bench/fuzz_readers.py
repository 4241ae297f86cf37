"""Fuzz the readers for a few minutes: any exception other than InputError is a bug.

    python bench/fuzz_readers.py [--minutes 10] [--readers text,xliff12,xliff2,tmx,xml] [--out DIR]

Hypothesis drives every reader: generated XLIFF 1.2/2.x documents (the
generators of tests/robustness/test_props_xliff.py) and TMX, each then
mangled byte-wise; plain-text pairs from random bytes and random text in
random encodings; byte mutations of valid files (tests/formats/data, the
OASIS valid samples in ../shared/data, the corpus's ok_* files). Every input
goes through ``engine.load_document`` (sniff, read, align); what reads is
written as XLIFF 2, XLIFF 1.2 and text and read again. A failure's input is
saved in ``--out`` (default /tmp/qa-desk-fuzz) under its exception's name,
shrunk by hypothesis; add it to tests/data/bad once fixed.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa_desk.engine import load_document  # noqa: E402
from qa_desk.errors import InputError  # noqa: E402
from qa_desk.formats import write_document  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "xliff" / "oasis"
PAYLOADS = [b"<", b">", b"&", b"&x;", b"&#0;", b"&#x10FFFF;", b"]]>", b"<![CDATA[", b"<!--", b"-->",
            b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b'<!DOCTYPE x SYSTEM "evil.dtd">', b"<?pi x?>", b"\x00",
            b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3", b"\xed\xa0\x80", b'<g id="1">', b"</g>", b"<x/>",
            b'<sc id="9"/>', b'<ec startRef="9"/>', b"<pc id='p'>", b"</pc>", b'<cp hex="D800"/>',
            b'<cp hex="zz"/>', b"<mrk mtype='seg' mid='1'>", b"</mrk>", b'xml:lang="fr"', b' id="1"',
            b' version="2.0"', b' version="1.2"', b"\r", b"\r\n", b"\n\n", "\u202e🦄e\u0301".encode()]


def _load_generators():
    spec = importlib.util.spec_from_file_location(
        "props", ROOT / "tests" / "robustness" / "test_props_xliff.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def valid_seeds() -> list[bytes]:
    paths = list((ROOT / "tests" / "formats" / "data").glob("*.xlf"))
    paths += sorted((ROOT / "tests" / "data" / "bad").glob("ok_*.xlf"))
    paths += sorted((ROOT / "tests" / "data" / "bad").glob("ok_*.tmx"))
    if SHARED.is_dir():
        paths += sorted(p for p in SHARED.rglob("*.xlf") if "/valid/" in str(p))[:80]
    return [p.read_bytes() for p in paths]


@st.composite
def mutated(draw, base: st.SearchStrategy) -> bytes:
    data = bytearray(draw(base))
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["flip", "delete", "insert", "duplicate", "truncate", "swap"]))
        pos = draw(st.integers(0, max(0, len(data)))) if data else 0
        if kind == "flip" and data:
            data[min(pos, len(data) - 1)] ^= 1 << draw(st.integers(0, 7))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(1, 40))]
        elif kind == "insert":
            data[pos:pos] = draw(st.sampled_from(PAYLOADS))
        elif kind == "duplicate":
            size = draw(st.integers(1, 200))
            data[pos:pos] = data[pos:pos + size]
        elif kind == "truncate":
            del data[pos:]
        elif kind == "swap" and data:
            other = draw(st.integers(0, len(data) - 1))
            data[pos:pos + 8], data[other:other + 8] = data[other:other + 8], data[pos:pos + 8]
    return bytes(data)


def tmx_documents():
    seg = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(
        lambda t: t.replace("&", "&amp;").replace("<", "&lt;"))
    inline = st.sampled_from(["", '<bpt i="1">&lt;b&gt;</bpt>x<ept i="1">&lt;/b&gt;</ept>', '<ph x="1">{0}</ph>',
                              "<hi>hi</hi>", '<it pos="begin">&lt;i&gt;</it>'])
    lang = st.sampled_from(["en", "en-US", "fr", "fr-CA", "de", "EN_gb", "", "*all*"])
    tu = st.tuples(lang, seg, inline, lang, seg).map(
        lambda t: f'<tu><tuv xml:lang="{t[0]}"><seg>{t[1]}{t[2]}</seg></tuv>'
                  f'<tuv xml:lang="{t[3]}"><seg>{t[4]}</seg></tuv><note>{t[1][:5]}</note></tu>')
    return st.tuples(lang, st.lists(tu, min_size=1, max_size=6)).map(
        lambda t: (f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="{t[0]}" '
                   'creationtool="f" creationtoolversion="1" segtype="sentence" o-tmf="f" adminlang="en" '
                   f'datatype="plaintext"/><body>{"".join(t[1])}</body></tmx>\n').encode())


def text_files():
    text = st.text(max_size=300)
    encoded = st.tuples(text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "latin-1",
                                               "utf-32"])).map(lambda t: t[0].encode(t[1], "replace"))
    return st.one_of(st.binary(max_size=400), encoded, mutated(encoded))


class Fuzzer:
    def __init__(self, out: Path):
        self.out = out
        self.work = Path(tempfile.mkdtemp(prefix="qa-desk-fuzz-"))
        self.examples = 0
        self.read_ok = 0
        self.failures: dict[str, str] = {}  # signature -> first traceback line

    def exercise(self, files: list[bytes], suffix: str) -> None:
        paths = []
        for n, data in enumerate(files):
            path = self.work / f"input{n}{suffix}"
            path.write_bytes(data)
            paths.append(str(path))
        self.examples += 1
        try:
            doc = load_document(paths)
        except InputError:
            return
        except Exception as exc:  # noqa: BLE001 - the point of fuzzing
            self._record(exc, files, suffix, "read")
            raise
        self.read_ok += 1
        for fmt, ext in (("xliff2", ".xlf"), ("xliff12", ".xlf"), ("text", ".txt")):
            out = self.work / f"out-{fmt}{ext}"
            try:
                write_document(doc, out, fmt)
                if fmt != "text":
                    load_document([str(out)])
            except InputError:
                continue
            except Exception as exc:  # noqa: BLE001
                self._record(exc, files, suffix, f"write {fmt}")
                raise

    def _record(self, exc: BaseException, files: list[bytes], suffix: str, stage: str) -> None:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        signature = f"{stage}: {type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
        self.failures.setdefault(signature, f"{type(exc).__name__}: {str(exc)[:160]}")
        self.out.mkdir(parents=True, exist_ok=True)
        stem = signature.replace(" ", "_").replace(":", "").replace("/", "_")
        for n, data in enumerate(files):
            (self.out / f"{stem}.{n}{suffix}").write_bytes(data)  # the shrunk example is written last


def strategies(generators):
    seeds = valid_seeds()
    seed = st.sampled_from(seeds)
    return {
        "xliff12": (mutated(generators.xliff12_documents()), ".xlf"),
        "xliff2": (mutated(generators.xliff2_documents()), ".xlf"),
        "tmx": (mutated(tmx_documents()), ".tmx"),
        "xml": (mutated(seed), ".xlf"),
        "text": (st.tuples(text_files(), text_files()), ".txt"),
    }


def fuzz(name: str, strategy, suffix: str, seconds: float, fuzzer: Fuzzer) -> None:
    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1

        @settings(max_examples=200, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def run(data):
            files = list(data) if isinstance(data, tuple) else [data]
            fuzzer.exercise(files, suffix)

        try:
            run()
        except Exception:  # noqa: BLE001 - recorded with its input; go on with a new seed
            pass


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="total time, shared by the readers")
    parser.add_argument("--readers", default="xliff12,xliff2,tmx,xml,text")
    parser.add_argument("--out", default="/tmp/qa-desk-fuzz", help="where failing inputs are saved")
    args = parser.parse_args(argv)
    random.seed()
    generators = _load_generators()
    table = strategies(generators)
    readers = [r for r in args.readers.split(",") if r]
    seconds = args.minutes * 60 / len(readers)
    print(f"{'reader':8} {'examples':>9} {'read ok':>8} {'failures':>8} {'seconds':>8}")
    total_failures = {}
    for name in readers:
        fuzzer = Fuzzer(Path(args.out) / name)
        started = time.monotonic()
        strategy, suffix = table[name]
        fuzz(name, strategy, suffix, seconds, fuzzer)
        print(f"{name:8} {fuzzer.examples:9} {fuzzer.read_ok:8} {len(fuzzer.failures):8} "
              f"{time.monotonic() - started:8.0f}", flush=True)
        total_failures.update({f"{name}: {k}": v for k, v in fuzzer.failures.items()})
    for signature, message in total_failures.items():
        print(f"BUG {signature}\n    {message}")
    print(f"{len(total_failures)} distinct failures; inputs in {args.out}")
    return 1 if total_failures else 0


if __name__ == "__main__":
    sys.exit(main())
