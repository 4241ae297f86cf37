"""Pathological shapes for the aligner: one huge paragraph, 3 paragraphs against 300.

A file with no blank lines is one paragraph; the segmenter and the aligner
must stay near linear on it (the quote rule once rescanned the whole
paragraph at every full stop).
"""
import json
import os
import subprocess
import sys
import time

import pytest

from qa_desk.align.document import align_texts
from qa_desk.align.segmenter import Segmenter


def _sentences(n: int, words: list[str]) -> list[str]:
    """n distinct sentences of 6-14 words (deterministic)."""
    out = []
    for i in range(n):
        length = 6 + i % 9
        ws = [words[(i * 7 + k * 3) % len(words)] for k in range(length)]
        out.append(" ".join(ws).capitalize() + f" {i}.")
    return out


EN = "the minister said talks were useful and would resume on Monday in Paris after long hours".split()
FR = "le ministre a dit que les pourparlers étaient utiles et reprendraient lundi à Paris après".split()


def test_one_huge_paragraph_segments_in_near_linear_time():
    sentences = _sentences(4000, EN)
    sentences[2000] = 'He said: "It failed. We go on." Then he left.'
    text = " ".join(sentences)  # ~250,000 characters, no blank line
    started = time.perf_counter()
    spans = Segmenter("en").split(text)
    elapsed = time.perf_counter() - started
    pieces = [text[a:b] for a, b in spans]
    assert elapsed < 15, f"{len(text)} characters took {elapsed:.1f} s"
    assert len(pieces) == 4001
    assert 'He said: "It failed. We go on."' in pieces  # not split inside the quotation
    assert "Then he left." in pieces


def test_three_paragraphs_against_three_hundred():
    src = "\n\n".join(" ".join(_sentences(3, EN)) for _ in range(3))
    tgt = "\n\n".join(" ".join(_sentences(3, FR)[::-1]) + f" Paragraphe {p}." for p in range(300))
    started = time.perf_counter()
    pairs = align_texts(src, tgt)
    assert time.perf_counter() - started < 20
    for a, b in Segmenter("fr").split(tgt):  # every target sentence in exactly one pair
        assert sum(1 for p in pairs if p.tgt_start <= a and b <= p.tgt_end) == 1
    assert sum(1 for p in pairs if p.link == "0-1") >= 280 * 4  # most of the target is extra


@pytest.mark.slow
def test_five_megabyte_single_paragraph_is_checked(tmp_path):
    """The whole command on 5 MB without a blank line (minutes; bench/limits.py measures it)."""
    en, fr = tmp_path / "big.en.txt", tmp_path / "big.fr.txt"
    en.write_text(" ".join(_sentences(80_000, EN)) + "\n", encoding="utf-8")
    fr.write_text(" ".join(_sentences(80_000, FR)) + "\n", encoding="utf-8")
    assert en.stat().st_size > 4_900_000 and fr.stat().st_size > 5_000_000
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "qa_desk", "check", str(en), str(fr), "--format", "json",
                              "-o", str(tmp_path / "report.json")], stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    assert os.waitstatus_to_exitcode(status) == 0, child.stderr.read()[-500:]
    assert elapsed < 900 and usage.ru_maxrss < 4 * 1024 * 1024  # 15 min, 4 GB
    assert len(json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["segments"]) >= 79_000
