"""The segment checks' issues kept per segment between re-checks (qa_desk/checks/segment_cache.py).

A re-check must give the issues a run of every check from scratch gives; a segment that reads again
as it did (an undo) is not checked again; a check that breaks the segment-scope promise, or a change
of settings, is never answered from the cache.
"""
from __future__ import annotations

import random
import re

import pytest

from qa_desk.checks import registry
from qa_desk.checks.registry import register_check
from qa_desk.engine import run_checks
from qa_desk.model import BilingualDocument, Code, Content, Segment
from qa_desk.review.session import ReviewSession

SEEN: list[str] = []  # segment ids the counting check was run on


@register_check("test_cache_count", category="Fluency/Typography", severity="minor", scope="segment")
def counting(ctx):
    """Test check: flags every 'xx' in a target and notes each segment it reads.

    Example: "Il xx dort." flags "xx". Silent without ``test_cache`` in the settings.
    """
    if not ctx.settings.get("test_cache"):
        return
    for seg in ctx.document.segments:
        SEEN.append(seg.id)
        for hit in re.finditer("xx", seg.target_text):
            yield ctx.issue("test_cache_count", seg, hit.start(), hit.end(), "xx", suggestions=["x"])


@register_check("test_cache_liar", category="Fluency/Typography", severity="minor", scope="segment")
def liar(ctx):
    """Test check that breaks the segment-scope promise: a 'zz' anywhere flags segment s0.

    Example: a target "zz" in s5 gives an issue on s0. Silent without ``test_cache``.
    """
    if not ctx.settings.get("test_cache"):
        return
    for seg in ctx.document.segments:
        if "zz" in seg.target_text:
            issue = ctx.issue("test_cache_liar", seg, 0, 0, f"zz in {seg.id}")
            issue.segment = "s0"
            yield issue


SEGMENT_CHECKS = ["brackets", "repeated-word", "double-space", "whitespace", "tags", "placeholders",
                  "test_cache_count"]
SETTINGS = {"test_cache": True}
WORDS = ["le", "le", "(", ")", "[", "xx", "{0}", "  ", " ", "«", "»", "chat", "dort", ".", "zz", "%s"]


def _document(n: int = 60, seed: int = 3) -> BilingualDocument:
    rng = random.Random(seed)
    segments = []
    for k in range(n):
        source = " ".join(rng.choice(["The", "cat", "(a)", "{0}", "sleeps", "%s", "."]) for _ in range(6))
        target = " ".join(rng.choice(WORDS) for _ in range(8))
        codes = [Code("standalone", 2, str(k), "x")] if k % 7 == 0 else []
        segments.append(Segment(f"s{k}", Content(source, list(codes)), Content(target, list(codes))))
    return BilingualDocument(segments, path="/tmp/cache.en.txt", target_path="/tmp/cache.fr.txt")


def _fresh(session) -> list:
    """What every check run from scratch finds on the session's document (no cache, no analyses)."""
    run = run_checks(session.document, session.check_ids, dict(session.settings, people_overrides={}))
    return sorted((i.signature, i.severity, i.message) for i in run.issues)


def _live(session) -> list:
    return sorted((r.issue.signature, r.issue.severity, r.issue.message) for r in session.issues
                  if r.status != "fixed")


@pytest.fixture
def session():
    registry.load_builtin_checks()
    s = ReviewSession.from_document(_document(), check_ids=SEGMENT_CHECKS + ["spacing"], settings=SETTINGS,
                                    user="tester")
    yield s
    s.close()


def test_rechecks_find_what_a_run_from_scratch_finds(session):
    rng = random.Random(11)
    history = []
    for _ in range(12):
        ids = rng.sample([s.id for s in session.document.segments], 15)
        contents = {i: " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 9))) for i in ids}
        history.append({i: session.document.segment(i).target_text for i in ids})
        session.set_targets(contents, user="tester")
        assert _live(session) == _fresh(session)
    for old in reversed(history):  # undo, step by step: back to texts checked before
        session.set_targets(old, user="tester", recheck=False)
        session.check_unchecked()
        assert _live(session) == _fresh(session)


def test_a_segment_back_to_a_text_already_checked_is_not_checked_again(session):
    ids = [s.id for s in session.document.segments[:10]]
    old = {i: session.document.segment(i).target_text for i in ids}
    SEEN.clear()
    session.set_targets({i: old[i] + " xx" for i in ids}, user="tester")
    assert sorted(SEEN) == sorted(ids)  # new texts: checked
    SEEN.clear()
    session.set_targets(old, user="tester")  # the undo of it
    assert SEEN == []
    assert _live(session) == _fresh(session)
    SEEN.clear()
    session.recheck()  # a re-check asked for runs every check again
    assert sorted(SEEN) == sorted(s.id for s in session.document.segments)


def test_codes_are_part_of_what_a_segment_reads():
    registry.load_builtin_checks()
    doc = _document(10)
    seg = doc.segments[1]
    seg.source = Content("The <x/> cat.", [Code("standalone", 4, "1", "x")])
    seg.target = Content("Le <x/> chat.", [Code("standalone", 3, "1", "x")])
    with ReviewSession.from_document(doc, check_ids=["tags"], user="tester") as session:
        assert not [r for r in session.issues if r.issue.segment == seg.id]
        session.set_targets({seg.id: Content("Le chat.", [Code("standalone", 3, "2", "x")])}, user="tester")
        assert [r.issue.check for r in session.issues if r.issue.segment == seg.id and r.status == "open"]
        assert _live(session) == _fresh(session)


def test_a_check_breaking_the_segment_promise_is_run_plainly():
    registry.load_builtin_checks()
    doc = _document(20)
    with ReviewSession.from_document(doc, check_ids=["test_cache_liar", "test_cache_count"], settings=SETTINGS,
                                     user="tester") as session:
        results = session._segment_results
        seg = doc.segments[5]
        session.set_targets({seg.id: "zz xx"}, user="tester")
        assert "test_cache_liar" in results.uncacheable
        assert len(results) == 0  # the entries held its issues: all dropped
        SEEN.clear()
        session.set_targets({seg.id: "zz xx xx"}, user="tester")
        assert SEEN == [seg.id] and len(results) == 1  # the honest check is cached again, alone


def test_settings_that_change_answer_from_scratch(session):
    ids = [s.id for s in session.document.segments if "xx" in s.target_text][:5]
    assert ids
    old = {i: session.document.segment(i).target_text for i in ids}
    session.set_targets({i: "plain" for i in ids}, user="tester")
    session.settings["severity"] = {"test_cache_count": "major"}  # a house-style profile changed
    session.set_targets(old, user="tester")  # texts checked before, under the old settings
    assert {r.issue.severity for r in session.issues if r.issue.check == "test_cache_count"
            and r.issue.segment in ids} == {"major"}
