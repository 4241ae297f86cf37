"""``qa-desk check --format text|json|html|csv|xliff``: the app's reports from the command, and --help."""
import csv
import io
import json
from pathlib import Path

import pytest
from lxml import etree, html

from qa_desk.cli import build_parser, main
from qa_desk.formats import read_bilingual
from qa_desk.formats.xliff_common import ITS

DATA = Path(__file__).resolve().parents[1] / "formats" / "data"
BROKEN = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
          '<file original="a.txt" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
          '<trans-unit id="1"><source>The mayor met 12 people.</source><target>Le maire a vu 13 personnes.</target>'
          '</trans-unit>\n<trans-unit id="1"><source>She left.</source><target>Elle est partie.</target>'
          '</trans-unit>\n</body></file></xliff>\n')


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "broken.xlf"
    path.write_text(BROKEN, encoding="utf-8")
    return path


def _check(path, fmt, out):
    return main(["check", str(path), "--checks", "file,numbers", "--format", fmt, "-o", str(out)])


def test_html_report_has_the_scorecard_and_the_file_issue(broken, tmp_path):
    out = tmp_path / "r.html"
    assert _check(broken, "html", out) == 0
    page = html.parse(str(out)).getroot()
    text = page.text_content()
    assert "Scorecard" in text and "MQM score" in text
    issues = [row.text_content() for row in page.xpath("//tr") if "unique" in row.text_content() or "xsd" in
              row.text_content()]
    assert issues and "line 4" in issues[0]  # the file issue names the duplicate's line


def test_csv_report_rows(broken, tmp_path):
    out = tmp_path / "r.csv"
    assert _check(broken, "csv", out) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    kinds = [r["row"] for r in rows]
    assert kinds.count("document") == 1 and kinds.count("segment") == 2
    checks = {r["check"] for r in rows if r["row"] == "issue"}
    assert checks == {"file", "numbers"}


def test_json_report_carries_rule_and_line(broken, tmp_path):
    out = tmp_path / "r.json"
    assert _check(broken, "json", out) == 0
    issues = json.loads(out.read_text(encoding="utf-8"))["issues"]
    file_issue = next(i for i in issues if i["check"] == "file")
    assert file_issue["rule"] and file_issue["line"] == 4


def test_xliff_output_carries_its_lqi_marks_and_keeps_the_rest(broken, tmp_path):
    out = tmp_path / "annotated.xlf"
    assert _check(broken, "xliff", out) == 0
    root = etree.parse(str(out)).getroot()
    marks = [m for m in root.iter() if m.get(f"{{{ITS}}}locQualityIssueType")]
    assert len(marks) == 1  # the number; the file issue is about the file, not the translation
    assert marks[0].text == "13"
    again = read_bilingual(str(out))
    assert [s.target_text for s in again.segments] == [s.target_text for s in read_bilingual(str(broken)).segments]


def test_xliff_of_a_text_pair_is_xliff_2(tmp_path):
    src, tgt = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    src.write_text("The mayor met 12 people.\n", encoding="utf-8")
    tgt.write_text("Le maire a vu 13 personnes.\n", encoding="utf-8")
    out = tmp_path / "a.xlf"
    assert main(["check", str(src), str(tgt), "--checks", "numbers", "--format", "xliff", "-o", str(out)]) == 0
    assert etree.parse(str(out)).getroot().tag == "{urn:oasis:names:tc:xliff:document:2.0}xliff"


def test_xliff_to_stdout(broken, capsysbinary):
    assert main(["check", str(broken), "--checks", "numbers", "--format", "xliff"]) == 0
    assert b"locQualityIssueType" in capsysbinary.readouterr().out


def _actions(parser, prefix=""):
    for action in parser._actions:
        if action.choices and isinstance(action.choices, dict):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{prefix}{name} ")
        else:
            yield prefix, action


def test_every_option_of_every_command_has_help():
    seen = 0
    for prefix, action in _actions(build_parser()):
        if action.dest == "help":
            continue
        seen += 1
        assert action.help and len(action.help) > 8, f"qa-desk {prefix}{'/'.join(action.option_strings) or action.dest}"
    assert seen > 25


def test_help_prints_for_every_command(capsys):
    for command in ("check", "fix", "convert", "batch", "gui", "checks", "validate"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "--" in capsys.readouterr().out
