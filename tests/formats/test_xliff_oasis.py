"""The OASIS XLIFF 2.1 and 2.2 test suites: every valid file reads and round-trips, invalid ones are refused."""
from pathlib import Path

import pytest

from qa_desk.errors import InputError
from qa_desk.formats import xliff2
from qa_desk.formats.xmlsafe import c14n, parse_xml

SUITES = Path(__file__).resolve().parents[3] / "shared" / "data" / "xliff" / "oasis"
VALID = sorted(SUITES.glob("*/test-suite/*/valid/*.xlf"))
INVALID = sorted(SUITES.glob("*/test-suite/*/invalid/*.xlf"))
# Files the 2.2 suite calls valid that are not: undeclared prefix (not even well-formed),
# its:version="2.2" with version="2.1" in the 2.2 namespace, unprefixed <meta> inside mda:metaGroup.
DEFECTIVE = {"xliff-22/test-suite/modules/valid/Good-pgs_plural.xlf": "not well-formed",
             "xliff-22/test-suite/modules/valid/Good-itsm_text-analytics.xlf": "unknown XLIFF version",
             "xliff-22/test-suite/modules/valid/Good-mda_top-level.xlf": "meta"}

pytestmark = pytest.mark.skipif(not VALID, reason="OASIS test suites not found beside the project")


def _rel(path):
    return path.relative_to(SUITES).as_posix()


@pytest.mark.parametrize("path", VALID, ids=_rel)
def test_valid_file_reads_and_round_trips(path, tmp_path):
    if _rel(path) in DEFECTIVE:
        with pytest.raises(InputError, match=DEFECTIVE[_rel(path)]):
            xliff2.read(str(path))
        return
    doc = xliff2.read(str(path))
    assert doc.format == "xliff2" and doc.version in ("2.0", "2.1", "2.2")
    out = tmp_path / "out.xlf"
    xliff2.write(doc, str(out))
    assert c14n(parse_xml(str(out))) == c14n(parse_xml(str(path)))


def test_invalid_files_are_refused_with_one_line():
    refused, accepted = 0, []
    for path in INVALID:
        try:
            xliff2.read(str(path))
        except InputError as exc:
            refused += 1
            assert "\n" not in str(exc) and str(path) in str(exc)
        else:
            accepted.append(path.name)
    # 324 files; the rest are Schematron-only rules (fragment ids, canReorder, module internals)
    assert refused >= 200, f"only {refused} refused; accepted: {accepted[:10]}"


def test_structural_rules_catch_what_the_schemas_miss():
    core = SUITES / "xliff-21" / "test-suite" / "core" / "invalid"
    for name, reason in [("bad_SegmentIdNotUnique.xlf", "duplicate"), ("bad_EcBeforeSc.xlf", "startRef"),
                         ("bad_NoTrgLang.xlf", "trgLang"), ("bad_SubStateWithoutState.xlf", "subState"),
                         ("bad_UnitWithoutSegment.xlf", "no segment"), ("bad_WrongSourceLang.xlf", "srcLang"),
                         ("bad_InvalidDataRef.xlf", "dataRef")]:
        with pytest.raises(InputError, match=reason):
            xliff2.read(str(core / name))
