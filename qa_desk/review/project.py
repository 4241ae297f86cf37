"""The project file: one SQLite database holding documents, issues, decisions and the audit trail.

WAL journal with ``synchronous=FULL`` and one transaction per session call,
committed before the call returns: what the UI shows as done is on disk and
survives a SIGKILL. The input files' bytes are stored too, so a project
reopens after its inputs moved. ``PRAGMA user_version`` carries the schema
version and :func:`migrate` brings older files up to date. A lock file held
with ``flock`` keeps a second process out; the kernel drops the lock when its
holder dies, so a stale lock from a killed process is simply taken over.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError

try:  # POSIX; elsewhere the lock falls back to checking the pid written in the file
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

APPLICATION_ID = 0x51414453  # "QADS": marks the SQLite file as a qa-desk project
SCHEMA_VERSION = 3

SCHEMA_V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE documents(id INTEGER PRIMARY KEY, paths TEXT NOT NULL, format TEXT, check_ids TEXT,
                       settings TEXT, added_at TEXT, opened_at TEXT);
CREATE TABLE files(document INTEGER NOT NULL, idx INTEGER NOT NULL, path TEXT, name TEXT,
                   sha256 TEXT, data BLOB, PRIMARY KEY(document, idx));
CREATE TABLE segments(document INTEGER NOT NULL, id TEXT NOT NULL, seq INTEGER, source TEXT,
                      original_target TEXT, target TEXT, PRIMARY KEY(document, id));
CREATE TABLE issues(document INTEGER NOT NULL, segment TEXT NOT NULL, signature TEXT, status TEXT,
                    data TEXT);
CREATE INDEX issues_by_segment ON issues(document, segment);
CREATE TABLE edits(id INTEGER PRIMARY KEY AUTOINCREMENT, document INTEGER NOT NULL, segment TEXT,
                   before TEXT, after TEXT, check_id TEXT, issue_signature TEXT, user TEXT,
                   time TEXT, decision TEXT, decided_by TEXT, decided_at TEXT);
CREATE TABLE ignores(id INTEGER PRIMARY KEY AUTOINCREMENT, document INTEGER, scope TEXT,
                     signature TEXT, check_id TEXT, person TEXT, text TEXT, reason TEXT,
                     user TEXT, time TEXT);
CREATE TABLE overrides(document INTEGER NOT NULL, person TEXT NOT NULL, gender TEXT, user TEXT,
                       time TEXT, PRIMARY KEY(document, person));
CREATE TABLE people(document INTEGER NOT NULL, seq INTEGER, key TEXT, data TEXT);
CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, document INTEGER, time TEXT, user TEXT,
                   action TEXT, detail TEXT);
"""


def _create_v1(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)


def _add_corrections(conn: sqlite3.Connection) -> None:
    """Version 2: manual alignment corrections (merge, split, re-link), replayed in order."""
    conn.execute("CREATE TABLE corrections(id INTEGER PRIMARY KEY AUTOINCREMENT, document INTEGER NOT NULL, "
                 "data TEXT NOT NULL)")


def _add_states_and_reopened(conn: sqlite3.Connection) -> None:
    """Version 3: the state a reviewer gave a segment (draft ... signed off), and fixed issues reopened."""
    conn.execute("CREATE TABLE states(document INTEGER NOT NULL, segment TEXT NOT NULL, state TEXT NOT NULL, "
                 "user TEXT, time TEXT, PRIMARY KEY(document, segment))")
    conn.execute("CREATE TABLE reopened(document INTEGER NOT NULL, signature TEXT NOT NULL, user TEXT, "
                 "time TEXT, PRIMARY KEY(document, signature))")


# MIGRATIONS[n] turns a version-n file into version n+1 (0 = empty file).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _create_v1, 1: _add_corrections,
                                                               2: _add_states_and_reopened}


def now_iso() -> str:
    """ISO 8601 UTC with milliseconds, e.g. 2025-01-10T09:30:00.123Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def migrate(conn: sqlite3.Connection, path: str = "") -> int:
    """Bring the file up to SCHEMA_VERSION, one committed step at a time; returns the old version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise InputError(f"project made by a newer qa-desk (schema {version}, this one reads up to "
                         f"{SCHEMA_VERSION})", path)
    start = version
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise InputError(f"no migration from project schema {version}", path)
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            if version == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version += 1
    return start


class ProjectLock:
    """An exclusive lock on ``<project>.lock`` holding the owner's pid."""

    def __init__(self, path: str):
        self.path = path
        self.handle = None

    def acquire(self, project_path: str) -> None:
        for _attempt in range(5):  # a holder that quits removes the file: lock the one on disk
            handle = open(self.path, "a+")
            if fcntl is None or self._locked_in_place(handle, project_path):
                break
        else:
            raise InputError(self._busy_message(), project_path)
        try:
            if fcntl is None:  # pragma: no cover
                pid = self._holder()
                if pid and pid != os.getpid() and _pid_alive(pid):
                    raise InputError(self._busy_message(), project_path)
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            raise
        self.handle = handle

    def _locked_in_place(self, handle, project_path: str) -> bool:
        """flock ``handle``; True when the file locked is still the one at ``self.path``."""
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise InputError(self._busy_message(), project_path) from None
        try:
            same = os.fstat(handle.fileno()).st_ino == os.stat(self.path).st_ino
        except FileNotFoundError:
            same = False
        if not same:
            handle.close()
        return same

    def _holder(self) -> int | None:
        try:
            return int(Path(self.path).read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _busy_message(self) -> str:
        pid = self._holder()
        if pid == os.getpid():
            return "project is already open in this qa-desk"
        return f"project is open in another qa-desk (pid {pid if pid else '?'})"

    def release(self) -> None:
        """Remove the lock file (a clean quit leaves none behind), then drop the lock."""
        if self.handle is None:
            return
        try:
            self.handle.seek(0)
            self.handle.truncate()
            self.handle.flush()
            try:
                os.unlink(self.path)  # still holding the flock: nobody else has it
            except OSError:
                pass
        finally:
            self.handle.close()  # closing drops the flock
            self.handle = None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Project:
    """A qa-desk project file (or an in-memory one when ``path`` is None)."""

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = str(path) if path is not None else None
        self.lock: ProjectLock | None = None
        if self.path is None:
            self.conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            migrate(self.conn)
            return
        self._check_header()
        self.lock = ProjectLock(self.path + ".lock")
        self.lock.acquire(self.path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            app_id = self.conn.execute("PRAGMA application_id").fetchone()[0]
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version and app_id != APPLICATION_ID:
                raise InputError("not a qa-desk project (another SQLite database)", self.path)
            migrate(self.conn, self.path)
        except sqlite3.DatabaseError as exc:
            self.lock.release()
            raise InputError(f"not a qa-desk project ({exc})", self.path) from None
        except BaseException:
            self.lock.release()
            raise

    def _check_header(self) -> None:
        """Refuse a file that is not SQLite before SQLite touches it."""
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(16)
        except FileNotFoundError:
            return
        except IsADirectoryError:
            raise InputError("is a folder, not a project file", self.path) from None
        if head and head != b"SQLite format 3\x00":
            raise InputError("not a qa-desk project (not an SQLite file)", self.path)

    @property
    def in_memory(self) -> bool:
        return self.path is None

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed unit of work: BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def copy_to(self, path: str) -> "Project":
        """Write this project into a new file and open it (Save As)."""
        if Path(path).exists():
            raise InputError("a file of that name exists already", path)
        target = sqlite3.connect(path)
        try:
            self.conn.backup(target)
        finally:
            target.close()
        return Project(path)

    # -- documents ---------------------------------------------------------
    BLOB_PIECE = 4 << 20  # bytes of a stored file written in one call (55 MB in one held the GIL 40-180 ms)

    def add_document(self, paths: list[str], fmt: str, check_ids, settings: dict | None,
                     files: list[tuple[str, str, bytes]] | None = None) -> int:
        """Store the input paths and a copy of their bytes; returns the document id.

        ``files`` gives (path, name, bytes) directly, for a document from no file.
        """
        ids = None if check_ids is None else json.dumps(
            check_ids if isinstance(check_ids, str) else list(check_ids))
        if files is None:
            files = [(str(Path(p).resolve()), Path(p).name, Path(p).read_bytes()) for p in paths]
        stamp = now_iso()
        with self.transaction() as conn:
            cur = conn.execute("INSERT INTO documents(paths, format, check_ids, settings, added_at, "
                               "opened_at) VALUES (?, ?, ?, ?, ?, ?)",
                               (json.dumps([str(Path(p).resolve()) if p else "" for p in paths]), fmt,
                                ids, json.dumps(settings or {}), stamp, stamp))
            doc_id = cur.lastrowid
            for idx, (path, name, data) in enumerate(files):
                digest = hashlib.sha256(data).hexdigest()
                if len(data) < self.BLOB_PIECE:
                    conn.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)", (doc_id, idx, path, name, digest, data))
                    continue
                row = conn.execute("INSERT INTO files VALUES (?, ?, ?, ?, ?, zeroblob(?))",
                                   (doc_id, idx, path, name, digest, len(data))).lastrowid
                with conn.blobopen("files", "data", row) as blob:  # a piece at a time: the GIL is handed over
                    view = memoryview(data)
                    for start in range(0, len(data), self.BLOB_PIECE):
                        blob.write(view[start:start + self.BLOB_PIECE])
        return doc_id

    def document_format(self, doc_id: int) -> str:
        row = self.conn.execute("SELECT format FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return row[0]

    def find_document(self, paths: list[str]) -> int | None:
        key = json.dumps([str(Path(p).resolve()) for p in paths])
        row = self.conn.execute("SELECT id FROM documents WHERE paths = ? ORDER BY id DESC",
                                (key,)).fetchone()
        return row[0] if row else None

    def documents(self) -> list[dict]:
        rows = self.conn.execute("SELECT id, paths, format, added_at, opened_at FROM documents "
                                 "ORDER BY id").fetchall()
        return [{"id": r[0], "paths": json.loads(r[1]), "format": r[2], "added_at": r[3],
                 "opened_at": r[4]} for r in rows]

    def last_document(self) -> int | None:
        row = self.conn.execute("SELECT id FROM documents ORDER BY opened_at DESC, id DESC").fetchone()
        return row[0] if row else None

    def document_options(self, doc_id: int) -> tuple:
        """(check ids, settings) the document was opened with; KeyError if no such document."""
        row = self.conn.execute("SELECT check_ids, settings FROM documents WHERE id = ?",
                                (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        ids = None if row[0] is None else json.loads(row[0])
        return ids, json.loads(row[1] or "{}")

    def files(self, doc_id: int) -> list[tuple[str, str, bytes]]:
        """(original path, file name, bytes) of each input file, in order."""
        return [(r[0], r[1], r[2]) for r in self.conn.execute(
            "SELECT path, name, data FROM files WHERE document = ? ORDER BY idx", (doc_id,))]

    def changed_inputs(self, doc_id: int) -> list[str]:
        """Input paths whose file on disk no longer has the bytes stored (missing files are not listed)."""
        changed = []
        for path, sha in self.conn.execute("SELECT path, sha256 FROM files WHERE document = ? ORDER BY idx",
                                           (doc_id,)):
            try:
                data = Path(path).read_bytes()
            except OSError:
                continue
            if hashlib.sha256(data).hexdigest() != sha:
                changed.append(path)
        return changed

    def touch(self, doc_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE documents SET opened_at = ? WHERE id = ?", (now_iso(), doc_id))
