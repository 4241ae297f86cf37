"""The project file: reopen restores everything, survives SIGKILL, locks, carries its schema version."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import asdict
from pathlib import Path

import pytest

from qa_desk.errors import InputError
from qa_desk.review import ReviewSession
from qa_desk.review import project as project_module
from qa_desk.review.project import APPLICATION_ID, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def _state(s):
    return {
        "targets": [(seg.id, seg.target_text) for seg in s.document.segments],
        "issues": [(r.signature, r.status, r.ignore_reason, r.ignore_scope) for r in s.issues],
        "edits": [asdict(e) for e in s.edits],
        "overrides": s.person_overrides(),
        "people": [(p.key, p.name, p.gender) for p in s.people()],
    }


def _child(script: str, *args) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), *map(str, args)],
                            stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def test_reopen_restores_every_decision(new_session, review_doc, tmp_path):
    s = new_session(review_doc)
    chien = next(r for r in s.issues_for("1") if r.issue.text == "chien")
    s.apply_suggestion(chien.signature, user="ana")
    s.decide(s.edits[0].id, "accepted", user="ed")
    s.set_target("4", "Il faisait très beau.", user="ana")
    s.decide(s.edits[1].id, "rejected", user="ed")
    s.set_target("3", "Personne n'a répondu.", user="ana")
    maison = next(r for r in s.issues_for("1") if r.issue.text == "maison")
    s.ignore(maison.signature, "a dog house", "project", user="ana")
    s.set_person_gender("Smith", "male", user="ed")
    before, trail = _state(s), len(s.audit_trail())
    s.close()
    again = ReviewSession.open_project(str(tmp_path / "review.qadesk"))
    try:
        assert _state(again) == before
        assert before["edits"] and before["overrides"] == {"Smith": "male"}
        assert [a.action for a in again.audit_trail()][trail:] == ["reopen"]
        assert len(again.audit_trail()) == trail + 1
        again.recheck()  # the live checks agree with what was stored
        assert _state(again)["issues"] == before["issues"]
    finally:
        again.close()


def test_project_scope_ignore_reaches_other_documents(new_session, make_document):
    s = new_session(make_document([("The cat.", "Le chien.")]))
    s.ignore(s.issues[0].signature, "house style", "project", user="ana")
    other = s.add_document(make_document([("A big cat sleeps.", "Un gros chien dort."),
                                          ("The house.", "La maison.")]))
    try:
        statuses = {r.issue.text: (r.status, r.ignore_scope) for r in other.issues}
        assert statuses == {"chien": ("ignored", "project"), "maison": ("open", "")}
        assert len(other.documents()) == 2
    finally:
        other.close()


def test_document_scope_ignore_stays_in_its_document(new_session, make_document):
    s = new_session(make_document([("The cat.", "Le chien.")]))
    s.ignore(s.issues[0].signature, "just here", user="ana")
    other = s.add_document(make_document([("The cat.", "Le chien.")]))
    try:
        assert [r.status for r in other.issues] == ["open"]
    finally:
        other.close()


def test_reopen_after_the_inputs_moved(tmp_path, review_checks):
    pytest.importorskip("qa_desk.formats.xliff2")
    source = tmp_path / "in.xlf"
    source.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
         <file id="f1"><unit id="u1"><segment id="s1"><source>The cat sleeps.</source>
          <target>Le chien dort.</target></segment></unit></file>
        </xliff>
        """), encoding="utf-8")
    checks, settings = review_checks
    project = str(tmp_path / "p.qadesk")
    s = ReviewSession.open_files([str(source)], project, check_ids=checks, settings=settings)
    s.apply_suggestion(s.issues[0].signature, user="ana")
    s.close()
    same = ReviewSession.open_files([str(source)], project, check_ids=checks, settings=settings)
    assert len(same.edits) == 1 and len(same.documents()) == 1  # the same document, reopened
    assert same.inputs_changed() == []
    source.write_text(source.read_text(encoding="utf-8").replace("sleeps", "naps"), encoding="utf-8")
    assert same.inputs_changed() == [str(source.resolve())]
    assert same.document.segments[0].source.text == "The cat sleeps."  # works on the stored copy
    same.close()
    source.rename(tmp_path / "moved.xlf")
    again = ReviewSession.open_project(project)
    try:
        assert again.document.segments[0].target_text == "Le chat dort."
        assert again.document.path == str(source.resolve())
    finally:
        again.close()


KILLER = """
    import os, signal, sys, threading, time
    from qa_desk.model import BilingualDocument, Content, Segment
    from qa_desk.review import ReviewSession

    segments = [Segment(str(i), Content(f"Sentence {i}."), Content("")) for i in range(1, 41)]
    s = ReviewSession.from_document(BilingualDocument(segments), sys.argv[1], check_ids=["omission"],
                                    user="child")
    print("ready", flush=True)
    def kill():
        time.sleep(float(sys.argv[2]))
        os.kill(os.getpid(), signal.SIGKILL)
    threading.Thread(target=kill, daemon=True).start()
    n = 0
    while True:
        n += 1
        seg = str(n % 40 + 1)
        s.set_target(seg, f"Phrase {n}.", user="child")
        print(f"set {seg} {s.edits[-1].id} Phrase {n}.", flush=True)
        if n % 3 == 0:
            s.decide(s.edits[-1].id, "accepted", user="editor")
            print(f"accept {s.edits[-1].id}", flush=True)
        if n % 7 == 0:
            s.set_person_gender(f"P{n}", "female", user="editor")
            print(f"gender P{n}", flush=True)
"""


def test_decisions_survive_sigkill(tmp_path):
    project = tmp_path / "killed.qadesk"
    child = _child(KILLER, project, 0.6)
    out, _ = child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL
    lines = out.splitlines()
    assert lines[0] == "ready"
    sets = [line.split(" ", 3) for line in lines if line.startswith("set ")]
    accepts = [int(line.split()[1]) for line in lines if line.startswith("accept ")]
    genders = [line.split()[1] for line in lines if line.startswith("gender ")]
    assert len(sets) > 5, "the child was killed before it did anything; raise the delay"
    conn = sqlite3.connect(project)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    s = ReviewSession.open_project(str(project))  # the dead child's lock is taken over
    try:
        edits = {e.id: e for e in s.edits}
        for _, seg, edit_id, text in sets:
            assert edits[int(edit_id)].after == text and edits[int(edit_id)].segment == seg
        assert all(edits[i].decision == "accepted" for i in accepts)
        assert set(genders) <= set(s.person_overrides())
        assert len(edits) <= len(sets) + 1  # at most one call committed and not yet reported
        last_reported = {seg: text for _, seg, _, text in sets}
        for seg_id, text in last_reported.items():
            if s.edits_for(seg_id)[-1].id in {int(e) for _, _, e, _ in sets}:
                assert s.document.segment(seg_id).target_text == text
    finally:
        s.close()


HOLDER = """
    import sys
    from qa_desk.review import ReviewSession
    s = ReviewSession.open_project(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
"""


def test_second_process_is_refused_and_dead_lock_taken_over(new_session, review_doc, tmp_path):
    path = tmp_path / "review.qadesk"
    new_session(review_doc).close()
    child = _child(HOLDER, path)
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(InputError, match=rf"project is open in another qa-desk \(pid {child.pid}\)"):
            ReviewSession.open_project(str(path))
    finally:
        child.kill()
        child.wait()
    assert Path(str(path) + ".lock").read_text().split()[0] == str(child.pid)  # stale, left behind
    s = ReviewSession.open_project(str(path))
    assert Path(str(path) + ".lock").read_text().split()[0] == str(os.getpid())
    with pytest.raises(InputError, match="already open in this qa-desk"):
        ReviewSession.open_project(str(path))
    s.close()
    ReviewSession.open_project(str(path)).close()  # closing released it


def test_schema_version_and_identity(new_session, review_doc, tmp_path):
    path = tmp_path / "review.qadesk"
    new_session(review_doc).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(InputError, match="newer qa-desk"):
        ReviewSession.open_project(str(path))


def test_migration_runs_on_open_and_keeps_the_data(new_session, review_doc, tmp_path, monkeypatch):
    path = tmp_path / "review.qadesk"
    s = new_session(review_doc)
    s.set_target("4", "Il faisait très beau.", user="ana")
    s.close()

    def add_tags(conn):
        conn.execute("CREATE TABLE tags(edit INTEGER, tag TEXT)")
        conn.execute("INSERT INTO tags SELECT id, 'migrated' FROM edits")

    monkeypatch.setattr(project_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(project_module.MIGRATIONS, SCHEMA_VERSION, add_tags)
    again = ReviewSession.open_project(str(path))
    try:
        assert again.edits[0].after == "Il faisait très beau."
        conn = again.project.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert conn.execute("SELECT tag FROM tags").fetchall() == [("migrated",)]
    finally:
        again.close()


def test_failed_migration_leaves_the_file_as_it_was(new_session, review_doc, tmp_path, monkeypatch):
    path = tmp_path / "review.qadesk"
    new_session(review_doc).close()

    def broken(conn):
        conn.execute("CREATE TABLE half(x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(project_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(project_module.MIGRATIONS, SCHEMA_VERSION, broken)
    with pytest.raises(RuntimeError):
        ReviewSession.open_project(str(path))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
    conn.close()


def test_not_a_project(tmp_path):
    text = tmp_path / "notes.qadesk"
    text.write_text("hello")
    with pytest.raises(InputError, match="not a qa-desk project"):
        ReviewSession.open_project(str(text))
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with pytest.raises(InputError, match="another SQLite database"):
        ReviewSession.open_project(str(other))
    with pytest.raises(InputError, match="no such project"):
        ReviewSession.open_project(str(tmp_path / "missing.qadesk"))


def test_memory_session_saved_as_a_project(new_session, review_doc, tmp_path):
    s = new_session(review_doc, project=None)
    assert s.project is None
    s.set_target("4", "Il faisait très beau.", user="ana")
    s.save_as(str(tmp_path / "saved.qadesk"))
    assert s.project is not None
    s.decide(s.edits[0].id, "accepted", user="ed")
    s.close()
    again = ReviewSession.open_project(str(tmp_path / "saved.qadesk"))
    try:
        assert [(e.after, e.decision) for e in again.edits] == [("Il faisait très beau.", "accepted")]
        assert [a.action for a in again.audit_trail()] == ["open", "set_target", "save_as", "decide", "reopen"]
    finally:
        again.close()


def test_every_call_is_committed_before_it_returns(new_session, review_doc, tmp_path):
    s = new_session(review_doc)
    s.set_target("4", "Il faisait très beau.", user="ana")
    reader = sqlite3.connect(tmp_path / "review.qadesk")  # another connection sees it at once
    try:
        row = reader.execute("SELECT after, decision FROM edits").fetchall()
        assert row == [("Il faisait très beau.", "pending")]
        detail = reader.execute("SELECT detail FROM audit ORDER BY id DESC").fetchone()[0]
        assert json.loads(detail)["after"] == "Il faisait très beau."
    finally:
        reader.close()


def test_a_clean_close_leaves_no_lock_file(new_session, review_doc, tmp_path):
    """Issue 16: the lock file was left after a clean quit."""
    s = new_session(review_doc, project="clean.qadesk")
    lock = Path(str(tmp_path / "clean.qadesk") + ".lock")
    assert lock.exists()
    s.close()
    assert not lock.exists()
    again = ReviewSession.open_project(str(tmp_path / "clean.qadesk"))
    assert lock.exists()
    again.close()
    assert not lock.exists()
