"""Rows of the project file <-> the session's objects (issues, edits, ignores, people, audit).

Every writer here takes the connection of an open transaction
(``Project.transaction()``), so one session call is one commit.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass

from ..model import Evidence, Issue, Occurrence
from .session_types import AuditEntry, Edit, IssueRecord


@dataclass
class IgnoreRule:
    """A false positive remembered by meaning: this check, this person, this flagged text."""

    id: int
    scope: str  # "document": matches one signature; "project": (check, person, text) anywhere
    signature: str
    check: str
    person: str
    text: str
    reason: str
    user: str
    time: str
    document: int | None

    def matches(self, issue: Issue) -> bool:
        if self.scope == "project":
            return (issue.check, issue.person, issue.text) == (self.check, self.person, self.text)
        return issue.signature == self.signature


# -- segments -----------------------------------------------------------------
def save_segments(conn: sqlite3.Connection, doc_id: int, segments) -> None:
    conn.execute("DELETE FROM segments WHERE document = ?", (doc_id,))
    conn.executemany("INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?)",
                     [(doc_id, s.id, n, s.source.text, s.original_target, s.target_text)
                      for n, s in enumerate(segments)])


def save_target(conn: sqlite3.Connection, doc_id: int, segment) -> None:
    conn.execute("UPDATE segments SET target = ? WHERE document = ? AND id = ?",
                 (segment.target_text, doc_id, segment.id))


def save_targets(conn: sqlite3.Connection, doc_id: int, segments) -> None:
    conn.executemany("UPDATE segments SET target = ? WHERE document = ? AND id = ?",
                     [(s.target_text, doc_id, s.id) for s in segments])


def load_segments(conn: sqlite3.Connection, doc_id: int) -> list[tuple[str, str, str | None, str]]:
    """(id, source, original target, current target) in document order."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, source, original_target, target FROM segments WHERE document = ? ORDER BY seq",
        (doc_id,))]


# -- states and reopened issues -----------------------------------------------
def save_states(conn: sqlite3.Connection, doc_id: int, states: dict, user: str, time: str) -> None:
    """The state a reviewer set, by segment (None: back to the state as read)."""
    conn.executemany("DELETE FROM states WHERE document = ? AND segment = ?", [(doc_id, s) for s in states])
    conn.executemany("INSERT INTO states VALUES (?, ?, ?, ?, ?)",
                     [(doc_id, s, state, user, time) for s, state in states.items() if state is not None])


def load_states(conn: sqlite3.Connection, doc_id: int) -> dict[str, str]:
    return dict(conn.execute("SELECT segment, state FROM states WHERE document = ?", (doc_id,)))


def save_reopened(conn: sqlite3.Connection, doc_id: int, signatures, user: str, time: str) -> None:
    conn.execute("DELETE FROM reopened WHERE document = ?", (doc_id,))
    conn.executemany("INSERT INTO reopened VALUES (?, ?, ?, ?)", [(doc_id, s, user, time) for s in signatures])


def load_reopened(conn: sqlite3.Connection, doc_id: int) -> set[str]:
    return {row[0] for row in conn.execute("SELECT signature FROM reopened WHERE document = ?", (doc_id,))}


# -- alignment corrections ----------------------------------------------------
def insert_correction(conn: sqlite3.Connection, doc_id: int, change) -> int:
    return conn.execute("INSERT INTO corrections(document, data) VALUES (?, ?)",
                        (doc_id, json.dumps(change.to_json(), ensure_ascii=False))).lastrowid


def load_corrections(conn: sqlite3.Connection, doc_id: int) -> list:
    from .realign import Correction
    return [Correction.from_json(json.loads(data)) for (data,) in conn.execute(
        "SELECT data FROM corrections WHERE document = ? ORDER BY id", (doc_id,))]


def last_correction(conn: sqlite3.Connection, doc_id: int):
    from .realign import Correction
    row = conn.execute("SELECT id, data FROM corrections WHERE document = ? ORDER BY id DESC LIMIT 1",
                       (doc_id,)).fetchone()
    return None if row is None else (row[0], Correction.from_json(json.loads(row[1])))


def delete_correction(conn: sqlite3.Connection, row_id: int) -> None:
    conn.execute("DELETE FROM corrections WHERE id = ?", (row_id,))


def count_corrections(conn: sqlite3.Connection, doc_id: int) -> int:
    return conn.execute("SELECT COUNT(*) FROM corrections WHERE document = ?", (doc_id,)).fetchone()[0]


# -- issues -------------------------------------------------------------------
def issue_from_json(data: dict) -> Issue:
    evidence = [Evidence(**e) for e in data.get("evidence", [])]
    return Issue(segment=data["segment"], check=data["check"], severity=data["severity"],
                 start=data["start"], end=data["end"], text=data["text"], message=data["message"],
                 suggestions=list(data.get("suggestions", [])), side=data.get("side", "target"),
                 category=data.get("category", ""), person=data.get("person", ""), evidence=evidence,
                 rule=data.get("rule", ""), line=data.get("line", 0), scope=data.get("scope", "segment"),
                 occurrences=[Occurrence(**o) for o in data.get("occurrences", [])])


BIG_ISSUE = 500  # places (occurrences, evidence) from which an issue is encoded piece by piece
PIECE = 1000  # places encoded in one call of the C encoder


def _dumps(data: dict) -> str:
    """``json.dumps(data)``; a document-wide issue with thousands of places is encoded piece by piece
    (the same text): the C encoder made one call of it that held the GIL 0.15 s on 100,000 segments,
    and the Python encoder took 2.4 s over 100,000 places; ``PIECE`` places a call takes milliseconds."""
    if len(data.get("occurrences", ())) + len(data.get("evidence", ())) < BIG_ISSUE:
        return json.dumps(data)
    parts = ["{"]  # joined once at the end: each "+" of the 9 MB text was another long copy
    for key, value in data.items():
        if len(parts) > 1:
            parts.append(", ")
        parts.append(json.dumps(str(key)) + ": ")
        if isinstance(value, list) and len(value) >= PIECE:
            parts.append("[")
            for n in range(0, len(value), PIECE):
                parts.append((", " if n else "") + json.dumps(value[n:n + PIECE])[1:-1])
            parts.append("]")
        else:
            parts.append(json.dumps(value))
    parts.append("}")
    return "".join(parts)


def replace_issues(conn: sqlite3.Connection, doc_id: int, records: list[IssueRecord],
                   segment_ids=None) -> None:
    """Rewrite the stored issues of these segments (all when None) from ``records``."""
    if segment_ids is None:
        conn.execute("DELETE FROM issues WHERE document = ?", (doc_id,))
    else:
        conn.executemany("DELETE FROM issues WHERE document = ? AND segment = ?",
                         [(doc_id, s) for s in segment_ids])
    rows = [(doc_id, r.issue.segment, r.signature, r.status, _dumps(r.issue.to_json()))
            for r in records if segment_ids is None or r.issue.segment in segment_ids]
    conn.executemany("INSERT INTO issues VALUES (?, ?, ?, ?, ?)", rows)


def load_issues(conn: sqlite3.Connection, doc_id: int) -> list[IssueRecord]:
    rows = conn.execute("SELECT status, data FROM issues WHERE document = ? ORDER BY rowid",
                        (doc_id,)).fetchall()
    return [IssueRecord(issue_from_json(json.loads(data)), status) for status, data in rows]


# -- edits --------------------------------------------------------------------
EDIT_COLUMNS = ("id, segment, before, after, check_id, issue_signature, user, time, decision, "
                "decided_by, decided_at")


def insert_edit(conn: sqlite3.Connection, doc_id: int, edit: Edit) -> int:
    cur = conn.execute(
        "INSERT INTO edits(document, segment, before, after, check_id, issue_signature, user, time, "
        "decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc_id, edit.segment, edit.before, edit.after, edit.check, edit.issue_signature, edit.user,
         edit.time, edit.decision, edit.decided_by, edit.decided_at))
    return cur.lastrowid


def insert_edits(conn: sqlite3.Connection, doc_id: int, edits: list) -> None:
    """Insert many edits in one statement and give each its id (ids grow in insertion order)."""
    if not edits:
        return
    conn.executemany(
        "INSERT INTO edits(document, segment, before, after, check_id, issue_signature, user, time, "
        "decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_id, e.segment, e.before, e.after, e.check, e.issue_signature, e.user, e.time, e.decision,
          e.decided_by, e.decided_at) for e in edits])
    ids = [row[0] for row in conn.execute("SELECT id FROM edits WHERE document = ? ORDER BY id DESC LIMIT ?",
                                          (doc_id, len(edits)))]
    for edit, edit_id in zip(edits, reversed(ids)):
        edit.id = edit_id


def update_decision(conn: sqlite3.Connection, edit: Edit) -> None:
    conn.execute("UPDATE edits SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ?",
                 (edit.decision, edit.decided_by, edit.decided_at, edit.id))


def delete_edit(conn: sqlite3.Connection, edit_id: int) -> None:
    conn.execute("DELETE FROM edits WHERE id = ?", (edit_id,))


def load_edits(conn: sqlite3.Connection, doc_id: int) -> list[Edit]:
    rows = conn.execute(f"SELECT {EDIT_COLUMNS} FROM edits WHERE document = ? ORDER BY id",
                        (doc_id,)).fetchall()
    return [Edit(*row) for row in rows]


# -- ignores and overrides ----------------------------------------------------
def insert_ignore(conn: sqlite3.Connection, rule: IgnoreRule) -> int:
    cur = conn.execute(
        "INSERT INTO ignores(document, scope, signature, check_id, person, text, reason, user, time) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (rule.document, rule.scope, rule.signature, rule.check, rule.person, rule.text, rule.reason,
         rule.user, rule.time))
    return cur.lastrowid


def update_ignore_signature(conn: sqlite3.Connection, rule: IgnoreRule) -> None:
    conn.execute("UPDATE ignores SET signature = ? WHERE id = ?", (rule.signature, rule.id))


def delete_ignore(conn: sqlite3.Connection, rule_id: int) -> None:
    conn.execute("DELETE FROM ignores WHERE id = ?", (rule_id,))


def load_ignores(conn: sqlite3.Connection, doc_id: int) -> list[IgnoreRule]:
    """This document's ignores plus every project-wide one."""
    rows = conn.execute(
        "SELECT id, scope, signature, check_id, person, text, reason, user, time, document "
        "FROM ignores WHERE document = ? OR scope = 'project' ORDER BY id", (doc_id,)).fetchall()
    return [IgnoreRule(*row) for row in rows]


def set_override(conn: sqlite3.Connection, doc_id: int, person: str, gender: str | None,
                 user: str, time: str) -> None:
    conn.execute("DELETE FROM overrides WHERE document = ? AND person = ?", (doc_id, person))
    if gender is not None:
        conn.execute("INSERT INTO overrides VALUES (?, ?, ?, ?, ?)", (doc_id, person, gender, user, time))


def load_overrides(conn: sqlite3.Connection, doc_id: int) -> dict[str, str]:
    return {p: g for p, g in conn.execute(
        "SELECT person, gender FROM overrides WHERE document = ?", (doc_id,))}


# -- people snapshot ----------------------------------------------------------
def person_json(person) -> dict:
    """What we keep of a cast's person: key, name, gender and evidence."""
    evidence = []
    for item in getattr(person, "evidence", []) or []:
        evidence.append(asdict(item) if isinstance(item, Evidence) else {"text": str(item)})
    return {"key": str(getattr(person, "key", getattr(person, "name", ""))),
            "name": str(getattr(person, "name", "")), "gender": str(getattr(person, "gender", "")),
            "evidence": evidence}


def save_people(conn: sqlite3.Connection, doc_id: int, people: list[dict]) -> None:
    conn.execute("DELETE FROM people WHERE document = ?", (doc_id,))
    conn.executemany("INSERT INTO people VALUES (?, ?, ?, ?)",
                     [(doc_id, n, p["key"], json.dumps(p)) for n, p in enumerate(people)])


def load_people(conn: sqlite3.Connection, doc_id: int) -> list[dict]:
    return [json.loads(row[0]) for row in conn.execute(
        "SELECT data FROM people WHERE document = ? ORDER BY seq", (doc_id,))]


# -- audit --------------------------------------------------------------------
def append_audit(conn: sqlite3.Connection, doc_id: int, time: str, user: str, action: str,
                 detail: dict) -> AuditEntry:
    cur = conn.execute("INSERT INTO audit(document, time, user, action, detail) VALUES (?, ?, ?, ?, ?)",
                       (doc_id, time, user, action, json.dumps(detail, ensure_ascii=False)))
    return AuditEntry(cur.lastrowid, time, user, action, doc_id, detail)


def load_audit(conn: sqlite3.Connection, doc_id: int | None = None) -> list[AuditEntry]:
    sql = "SELECT id, time, user, action, document, detail FROM audit"
    rows = conn.execute(sql + (" WHERE document = ?" if doc_id is not None else "") + " ORDER BY id",
                        (doc_id,) if doc_id is not None else ()).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]
