"""A document as JSON, for documents that come from no file (built in memory, or by a tool).

The project stores such a document as its one input "file", so it reopens
like any other. Reader handles (``native``) are kept only when they are plain
JSON; a document restored from a snapshot is written by the formats' generic
paths (text: one paragraph per unit).
"""
from __future__ import annotations

import json

from ..errors import InputError
from ..model import BilingualDocument, Code, Content, Segment

SNAPSHOT_NAME = "document.qa-desk.json"
SNAPSHOT_KIND = "qa-desk-document"


def _plain(value):
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return None
    return value


def _content_json(content: Content | None):
    if content is None:
        return None
    return {"text": content.text,
            "codes": [{"kind": c.kind, "pos": c.pos, "id": c.id, "name": c.name, "native": _plain(c.native)}
                      for c in content.codes]}


def _content(data) -> Content | None:
    if data is None:
        return None
    return Content(data["text"], [Code(c["kind"], c["pos"], c.get("id", ""), c.get("name", ""),
                                       c.get("native")) for c in data.get("codes", [])])


def document_to_bytes(doc: BilingualDocument) -> bytes:
    """The document's segments as they were read (original targets), as UTF-8 JSON."""
    segments = []
    for seg in doc.segments:
        target = _content_json(seg.target)
        if target is not None and seg.original_target is not None and seg.modified:
            target = {"text": seg.original_target, "codes": []}  # keep what was read, not later edits
        segments.append({"id": seg.id, "source": _content_json(seg.source), "target": target,
                         "state": seg.state, "notes": list(seg.notes), "paragraph": seg.paragraph,
                         "link": seg.link, "confidence": seg.confidence})
    data = {"kind": SNAPSHOT_KIND, "version": 1, "source_lang": doc.source_lang,
            "target_lang": doc.target_lang, "format": doc.format, "path": doc.path,
            "target_path": doc.target_path, "format_version": doc.version, "segments": segments}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def document_from_bytes(data: bytes, path: str = "") -> BilingualDocument:
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"stored document is not valid JSON ({exc})", path) from None
    if not isinstance(obj, dict) or obj.get("kind") != SNAPSHOT_KIND:
        raise InputError("stored document is not a qa-desk document snapshot", path)
    segments = [Segment(id=s["id"], source=_content(s["source"]), target=_content(s["target"]),
                        state=s.get("state", "initial"), notes=list(s.get("notes", [])),
                        paragraph=s.get("paragraph", 0), link=s.get("link", "1-1"),
                        confidence=s.get("confidence", 1.0))
                for s in obj["segments"]]
    # a snapshot has no reader handle: anything but its generic writers cannot write it back exactly
    fmt = obj.get("format", "text")
    return BilingualDocument(segments, obj.get("source_lang", "en"), obj.get("target_lang", "fr"),
                             format=fmt if fmt in ("text", "xliff12", "xliff2") else "text",
                             path=obj.get("path", ""), target_path=obj.get("target_path", ""),
                             version=obj.get("format_version", ""))
