"""XLIFF conformance figures for the README (run by hand; the tests check the same things).

    .venv/bin/python bench/xliff_conformance.py

Round trip (read, write unchanged: byte-identical and C14N-identical) and a full check run on the
OASIS valid files and the dialect fixtures; ``validate`` on the OASIS valid and invalid files.
"""
import tempfile
import time
from pathlib import Path

from qa_desk.engine import run_checks
from qa_desk.errors import InputError
from qa_desk.formats import read_xliff, write_document
from qa_desk.formats.validate import document_problems
from qa_desk.formats.xmlsafe import c14n, parse_xml

DATA = Path(__file__).resolve().parent.parent / "tests" / "formats" / "data"


def round_trip(paths, folder: Path) -> dict:
    counts = {"files": len(paths), "read": 0, "bytes": 0, "c14n": 0, "checked": 0}
    for path in paths:
        try:
            doc = read_xliff(str(path))
        except InputError as exc:
            print(f"  not read: {path.name}: {exc}")
            continue
        counts["read"] += 1
        out = folder / path.name
        write_document(doc, str(out))
        counts["bytes"] += out.read_bytes() == path.read_bytes()
        counts["c14n"] += c14n(parse_xml(str(out))) == c14n(parse_xml(str(path)))
        if doc.segments:  # "qa-desk check" says an empty file has nothing to check
            run_checks(doc)
            counts["checked"] += 1
    return counts


def validated(paths) -> tuple[int, int]:
    """(files with at least one violation or unreadable, files with none)."""
    flagged = clean = 0
    for path in paths:
        try:
            errors = [p for p in document_problems(parse_xml(str(path))) if p.severity == "error"]
        except InputError:
            flagged += 1
            continue
        flagged += bool(errors)
        clean += not errors
    return flagged, clean


def main() -> None:
    started = time.perf_counter()
    valid = sorted(DATA.glob("oasis/*/*/valid/*.xlf"))
    invalid = sorted(DATA.glob("oasis/*/*/invalid/*.xlf"))
    fixtures = sorted(p for p in (DATA / "dialects").iterdir() if p.suffix != ".md")
    with tempfile.TemporaryDirectory() as folder:
        for name, paths in (("OASIS valid", valid), ("OASIS invalid", invalid), ("dialect fixtures", fixtures)):
            c = round_trip(paths, Path(folder))
            print(f"{name}: {c['files']} files, {c['read']} read, {c['bytes']} byte-identical, "
                  f"{c['c14n']} C14N-identical, {c['checked']} checked (the others have no segment)")
    flagged, clean = validated(invalid)
    print(f"validate, OASIS invalid: {flagged}/{len(invalid)} with at least one violation ({clean} with none)")
    flagged, clean = validated(valid)
    print(f"validate, OASIS valid: {clean}/{len(valid)} with none ({flagged} flagged)")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
