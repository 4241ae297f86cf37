"""Getting a document into a project and back out of it, as it was read."""
from __future__ import annotations

import tempfile
from pathlib import Path

from ..engine import load_document
from ..errors import InputError
from ..model import BilingualDocument
from . import records
from .project import Project
from .snapshot import SNAPSHOT_NAME, document_from_bytes, document_to_bytes
from .textedit import with_text

SNAPSHOT_FORMAT = "snapshot"


def add_files(project: Project, paths: list[str], check_ids, settings) -> tuple[int, BilingualDocument]:
    """Read the input files and store them (paths and bytes) in the project."""
    paths = [str(p) for p in paths]
    doc = load_document(paths)
    return project.add_document(paths, doc.format, check_ids, settings), doc


def preview(paths: list[str], limit: int = 500) -> BilingualDocument | None:
    """The first ``limit`` segments of one XLIFF file, streamed (milliseconds on any size), to show
    while :func:`add_files` reads and validates it all; None when there is no quick way (a text pair,
    TMX, a DOCTYPE, bytes that do not parse). For showing only: never checked, stored or written."""
    from ..formats import sniff_format
    from ..formats.preview import first_segments
    if len(paths) != 1:
        return None
    try:
        if sniff_format(paths[0]) not in ("xliff12", "xliff2"):
            return None
    except InputError:
        return None
    return first_segments(str(paths[0]), limit)


def add_snapshot(project: Project, doc: BilingualDocument, check_ids, settings) -> int:
    """Store a document that comes from no file as a JSON snapshot of what was read."""
    data = document_to_bytes(doc)
    paths = [p for p in (doc.path, doc.target_path) if p]
    return project.add_document(paths, SNAPSHOT_FORMAT, check_ids, settings,
                                files=[(doc.path or "", SNAPSHOT_NAME, data)])


def read_stored(project: Project, doc_id: int) -> BilingualDocument:
    """The document as first read, from the bytes kept in the project (the inputs may have moved)."""
    files = project.files(doc_id)
    if not files:
        raise InputError(f"document {doc_id} has no stored files", project.path or "")
    if project.document_format(doc_id) == SNAPSHOT_FORMAT:
        return document_from_bytes(files[0][2], project.path or "")
    with tempfile.TemporaryDirectory(prefix="qa-desk-") as tmp:
        paths = []
        for idx, (_, name, data) in enumerate(files):
            folder = Path(tmp) / str(idx)
            folder.mkdir()
            (folder / name).write_bytes(data)
            paths.append(str(folder / name))
        doc = load_document(paths)
    doc.path = files[0][0]
    if len(files) > 1:
        doc.target_path = files[1][0]
    return doc


def restore_targets(project: Project, doc_id: int, doc: BilingualDocument) -> None:
    """Put the stored working targets back; refuse if the document now reads differently."""
    stored = records.load_segments(project.conn, doc_id)
    read = [(s.id, s.source.text, s.original_target) for s in doc.segments]
    if [row[:3] for row in stored] != read:
        first = next((row[0] for row, now in zip(stored, read) if row[:3] != now),
                     stored[0][0] if stored else "?")
        raise InputError(f"the stored document reads differently from when the project was made "
                         f"(segment {first}); open it with the qa-desk version that made it",
                         project.path or "")
    for seg_id, _, _, target in stored:
        seg = doc.segment(seg_id)
        if target != seg.target_text and not (seg.target is None and target == ""):
            seg.target = with_text(seg.target, target)
