"""The typography checks' findings kept per target text (qa_desk/checks/place_memo.py).

After a bulk change the re-check reads only the targets not seen before; its issues must be the
ones a run from scratch gives, document-level habits included.
"""
from __future__ import annotations

import random

import pytest

from qa_desk.checks import place_memo, registry
from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Content, Segment
from qa_desk.review.session import ReviewSession

CHECKS = ["spacing", "quotes", "ellipsis", "number-space", "apostrophe"]
PIECES = ["Il a dit", ":", " :", "\u00a0:", "non", "!", "\u202f!", '"', "« ", "«\u00a0", " »", "\u00a0»", "...",
          "…", "2 300", "12\u00a0000", "45 000", "l'", "l’", "arbre", ",", " ,", "voir http://a.b/c:d", "15:30",
          "qu \" avant", "'mot'"]
SOURCES = ["He said no 2,300 times.", "He said no 45,000 times!", "Two 300 words."]


def _document(n: int = 80, seed: int = 5) -> BilingualDocument:
    rng = random.Random(seed)
    segments = []
    for k in range(n):
        target = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
        segments.append(Segment(f"s{k}", Content(SOURCES[k % 3]), Content(target)))
    return BilingualDocument(segments, path="/tmp/memo.en.txt", target_path="/tmp/memo.fr.txt",
                             source_lang="en", target_lang="fr")


def _issues(issues) -> list:
    return sorted((i.signature, i.severity, i.message, i.scope,
                   tuple((o.segment, o.start, o.end, o.replacement) for o in i.occurrences)) for i in issues)


def _fresh(session) -> list:
    kept = dict(place_memo._MEMO)
    place_memo.clear()  # nothing kept: every target read again
    run = run_checks(session.document, session.check_ids, dict(session.settings))
    place_memo._MEMO.update(kept)
    return _issues(run.issues)


def _live(session) -> list:
    return _issues(r.issue for r in session.issues if r.status != "fixed")


@pytest.fixture
def session():
    registry.load_builtin_checks()
    place_memo.clear()
    s = ReviewSession.from_document(_document(), check_ids=CHECKS, settings={}, user="tester")
    yield s
    s.close()


def test_a_bulk_change_rechecked_from_memo_finds_what_a_fresh_run_finds(session):
    rng = random.Random(7)
    ids = [s.id for s in session.document.segments]
    for _ in range(6):
        chosen = rng.sample(ids, 40)  # a bulk change: half the document
        before = {i: session.document.segment(i).target_text for i in chosen}
        contents = {i: before[i].replace(rng.choice(PIECES), rng.choice(PIECES)) + rng.choice(["", " ...", " !"])
                    for i in chosen}
        session.set_targets(contents, user="tester")
        assert _live(session) == _fresh(session)
        place_memo.stats.update(hits=0, misses=0)
        session.set_targets(before, user="tester")  # the undo: every text read before
        assert place_memo.stats["misses"] == 0 and place_memo.stats["hits"] > 0
        assert _live(session) == _fresh(session)


def test_the_same_target_under_other_sources_is_read_for_each(session):
    ids = [s.id for s in session.document.segments[:30]]
    session.set_targets({i: "Il l'a dit 2 300 fois : non." for i in ids}, user="tester")
    assert _live(session) == _fresh(session)
    issues = run_checks(session.document, ["number-space"]).issues
    flagged = {o.segment for i in issues for o in (i.occurrences or [i])} & set(ids)
    assert flagged == {i for n, i in enumerate(ids) if n % 3 == 0}  # one number only where the source says 2,300


def test_a_style_change_is_not_answered_from_the_memo(session):
    session.set_targets({"s1": "Il a dit\u00a0: non\u202f! 45 000 fois."}, user="tester")
    session.settings["typography"] = {"style": "press-nnbsp", "thousands": "nnbsp"}
    session.recheck()
    assert _live(session) == _fresh(session)
