"""``qa-desk validate`` on the OASIS suites (copied in tests/formats/data/oasis) and ``qa-desk checks``."""
import json
from pathlib import Path

import pytest

from qa_desk.checks.registry import all_checks
from qa_desk.cli import main

DATA = Path(__file__).resolve().parents[1] / "formats" / "data"
SUITES = DATA / "oasis"
VALID = sorted(SUITES.glob("*/*/valid/*.xlf"))
INVALID = sorted(SUITES.glob("*/*/invalid/*.xlf"))
DEFECTIVE_VALID = {"Good-pgs_plural.xlf", "Good-itsm_text-analytics.xlf", "Good-mda_top-level.xlf"}


def test_every_invalid_file_gets_a_violation_line(capsys):
    assert main(["validate", *map(str, INVALID)]) == 1
    out = capsys.readouterr().out
    flagged = {line.split(":", 1)[0] for line in out.splitlines()}
    assert flagged == {str(p) for p in INVALID}
    for line in out.splitlines():
        path, number, rest = line.split(":", 2)
        assert number.isdigit() and rest.startswith(" [") and "]" in rest


def test_valid_files_get_none_but_the_three_defective(capsys):
    code = main(["validate", *map(str, VALID)])
    captured = capsys.readouterr()
    flagged = {Path(line.split(":", 1)[0]).name for line in captured.out.splitlines()}
    unreadable = {Path(p).name for p in map(str, VALID) if f"{p}:" in captured.err}
    assert (flagged | unreadable) == DEFECTIVE_VALID
    assert unreadable == {"Good-pgs_plural.xlf"} and code == 2  # not even well-formed
    assert "120 files, 117 valid" in captured.err


def test_one_clean_file_exits_0(capsys):
    assert main(["validate", str(SUITES / "xliff-21" / "core" / "valid" / "everything-core.xlf")]) == 0
    assert capsys.readouterr().out == ""


def _x12(tmp_path, name, root_extra="", source_attrs=""):
    path = tmp_path / name
    path.write_text(f'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"{root_extra}><file '
                    'original="a" source-language="en" target-language="fr" datatype="plaintext"><body>'
                    f'<trans-unit id="1"><source{source_attrs}>x</source></trans-unit></body></file></xliff>')
    return path


def test_xliff12_strict_and_transitional(tmp_path, capsys):
    path = _x12(tmp_path, "ext.xlf", ' xmlns:t="urn:tool" t:x="1"')
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1
    assert "[xsd]" in capsys.readouterr().out


def test_xliff11_gets_the_rules_no_schema_covers(tmp_path, capsys):
    path = tmp_path / "mids.xlf"
    path.write_text('<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file original="a" '
                    'source-language="en" target-language="fr" datatype="plaintext"><body>\n'
                    '<trans-unit id="1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> '
                    '<mrk mtype="seg" mid="1">B.</mrk></seg-source>\n<target><mrk mtype="seg" mid="9">X.</mrk>'
                    '</target></trans-unit></body></file></xliff>')
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[1] for line in lines] == ["2", "3"] and all("[seg-mid]" in line for line in lines)


@pytest.mark.parametrize("content, message", [(b"\x89PNG\r\n", "not"), (b"<tmx version='1.4'/>", "not an XLIFF")])
def test_not_xliff_is_refused_in_one_line(tmp_path, capsys, content, message):
    path = tmp_path / "x.xlf"
    path.write_bytes(content)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 2  # the refusal, then the summary


def test_checks_table_is_aligned(capsys):
    assert main(["checks"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CHECK", "SEVERITY", "CATEGORY", "FINDS"]
    starts = {line.index(line.split()[1], len(line.split()[0])) for line in lines}
    assert len(starts) == 1  # the severity column starts at one place on every line
    assert len(lines) == len(all_checks()) + 1


def test_checks_as_json(capsys):
    assert main(["checks", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in rows} == set(all_checks())
    assert all(r["title"] and r["severity"] and r["category"] for r in rows)


def test_warnings_are_printed_on_request_and_keep_exit_0(tmp_path, capsys):
    path = _x12(tmp_path, "lang.xlf", source_attrs=' xml:lang="de"')
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["validate", "--warnings", str(path)]) == 0
    assert "warning: [source-language]" in capsys.readouterr().out
