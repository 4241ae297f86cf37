"""The JSON report of a check run: the contract ``qa-desk check --format json`` prints."""
from __future__ import annotations

from ..engine import CheckRun


def people_json(run: CheckRun) -> list[dict]:
    cast = run.people()
    if cast is None:
        return []
    return [person.to_json() for person in cast.named()]


def report_json(run: CheckRun) -> dict:
    """The object ``qa-desk check --format json`` prints (a contract: add keys, never rename)."""
    doc = run.document
    data = {
        "source_lang": doc.source_lang,
        "target_lang": doc.target_lang,
        "segments": [{"id": s.id, "source": s.source.text, "target": s.target_text} for s in doc.segments],
        "issues": [issue.to_json() for issue in run.issues],
    }
    people = people_json(run)
    if people or run.people() is not None:
        data["people"] = people
    return data
