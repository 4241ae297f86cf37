"""The news pairs of the repository stay aligned exactly as before the lexical model.

``data/news_alignments.json`` was recorded with the aligner of length and anchors
alone (before the word table): links as "src_start src_end tgt_start tgt_end kind".
A pair whose files changed since (sha1 differs) is skipped, not failed.
"""
import hashlib
import json
from pathlib import Path

import pytest

from qa_desk.align.document import align_texts

ROOT = Path(__file__).resolve().parents[2]
RECORDED = json.loads((Path(__file__).parent / "data" / "news_alignments.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("target", sorted(RECORDED))
def test_news_pair_aligned_as_recorded(target):
    entry = RECORDED[target]
    en, fr = ROOT / entry["en"], ROOT / target
    if not en.exists() or not fr.exists():
        pytest.skip("pair no longer in the repository")
    if hashlib.sha1(en.read_bytes() + b"\0" + fr.read_bytes()).hexdigest()[:16] != entry["sha1"]:
        pytest.skip("pair edited since the alignment was recorded")
    pairs = align_texts(en.read_text(encoding="utf-8"), fr.read_text(encoding="utf-8"))
    got = [f"{p.src_start} {p.src_end} {p.tgt_start} {p.tgt_end} {p.link}" for p in pairs]
    assert got == entry["links"]
