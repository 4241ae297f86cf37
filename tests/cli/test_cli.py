"""The qa-desk command's contract: outputs, JSON shape, exit codes, one-line errors."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qa_desk.cli import main


def run(*args, cwd=None):
    result = subprocess.run([sys.executable, "-m", "qa_desk", *map(str, args)], capture_output=True, text=True,
                            cwd=cwd)
    return result.returncode, result.stdout, result.stderr


@pytest.fixture
def small_pair(tmp_path):
    en = tmp_path / "story.en.txt"
    fr = tmp_path / "story.fr.txt"
    en.write_text("Governor Susan Park signed the law on Monday.\n\nShe said she was satisfied.\n", encoding="utf-8")
    fr.write_text("Le gouverneur Susan Park a signé la loi lundi.\n\nElle s'est dite satisfaite.\n", encoding="utf-8")
    return en, fr


def test_check_json_contract(small_pair, capsys):
    assert main(["check", *map(str, small_pair), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source_lang"] == "en" and data["target_lang"] == "fr"
    assert [s["target"] for s in data["segments"]] == ["Le gouverneur Susan Park a signé la loi lundi.",
                                                       "Elle s'est dite satisfaite."]
    issue = next(i for i in data["issues"] if i["check"] == "gender")
    for key in ("segment", "check", "severity", "start", "end", "text", "message", "suggestions"):
        assert key in issue
    segment = next(s for s in data["segments"] if s["id"] == issue["segment"])
    assert segment["target"][issue["start"]:issue["end"]] == issue["text"] == "Le gouverneur"
    assert issue["suggestions"][0] == "La gouverneure"
    assert data["people"][0]["name"] == "Susan Park" and data["people"][0]["gender"] == "female"


def test_check_text_report_is_readable(small_pair, capsys):
    assert main(["check", *map(str, small_pair)]) == 0
    out = capsys.readouterr().out
    assert "gender" in out and "La gouverneure" in out and "Totals:" in out


def test_fail_on_exit_code(small_pair):
    assert main(["check", *map(str, small_pair), "--fail-on", "major"]) == 3
    assert main(["check", *map(str, small_pair), "--fail-on", "critical", "--checks", "gender"]) == 0


def test_checks_filter(small_pair, capsys):
    main(["check", *map(str, small_pair), "--format", "json", "--checks", "title"])
    assert json.loads(capsys.readouterr().out)["issues"] == []


def test_fix_changes_only_the_fixed_words(small_pair, tmp_path):
    out = tmp_path / "fixed.txt"
    assert main(["fix", *map(str, small_pair), "--checks", "gender", "-o", str(out)]) == 0
    before = small_pair[1].read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == before.replace("Le gouverneur", "La gouverneure")


def test_fix_keeps_bom_and_crlf(tmp_path, small_pair):
    fr = tmp_path / "crlf.fr.txt"
    fr.write_bytes(b"\xef\xbb\xbf" + small_pair[1].read_text(encoding="utf-8").replace("\n", "\r\n").encode())
    out = tmp_path / "fixed.txt"
    assert main(["fix", str(small_pair[0]), str(fr), "--checks", "gender", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data and b"La gouverneure" in data


def test_convert_text_pair_to_xliff_and_back(small_pair, tmp_path):
    xlf = tmp_path / "story.xlf"
    assert main(["convert", *map(str, small_pair), "-o", str(xlf)]) == 0
    text = xlf.read_text(encoding="utf-8")
    assert "urn:oasis:names:tc:xliff:document:2.0" in text and "Le gouverneur Susan Park" in text
    xlf12 = tmp_path / "story12.xlf"
    assert main(["convert", str(xlf), "--to", "xliff12", "-o", str(xlf12)]) == 0
    assert 'version="1.2"' in xlf12.read_text(encoding="utf-8")


def test_check_and_fix_bilingual_xliff(small_pair, tmp_path, capsys):
    xlf = tmp_path / "story.xlf"
    main(["convert", *map(str, small_pair), "-o", str(xlf)])
    capsys.readouterr()
    assert main(["check", str(xlf), "--format", "json", "--checks", "gender"]) == 0
    assert json.loads(capsys.readouterr().out)["issues"][0]["text"] == "Le gouverneur"
    fixed = tmp_path / "fixed.xlf"
    assert main(["fix", str(xlf), "--checks", "gender", "-o", str(fixed)]) == 0
    assert "La gouverneure Susan Park" in fixed.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, fragment", [
    (["check", "missing.txt", "missing.fr.txt"], "no such file"),
    (["check"], "arguments"),
    (["check", "a", "b", "c"], "SOURCE"),
    (["fix", "x.txt", "y.txt"], "--checks"),
    (["frobnicate"], "invalid choice"),
])
def test_bad_usage_is_one_line_and_exit_2(tmp_path, args, fragment):
    for name in ("a", "b", "c"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    code, out, err = run(*args, cwd=tmp_path)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and fragment in err
    assert "Traceback" not in err


def test_unknown_check_is_a_clear_error(small_pair, capsys):
    assert main(["check", *map(str, small_pair), "--checks", "nope"]) == 2
    assert "unknown check 'nope'" in capsys.readouterr().err


def test_latin1_target_is_refused_with_line(tmp_path, small_pair):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Première ligne.\n\nLe président a été élu.\n".encode("latin-1"))
    code, _, err = run("check", small_pair[0], bad)
    assert code == 2 and "latin1.txt:1" in err and "UTF-8" in err


def test_batch_writes_one_json_per_line_and_a_fixed_file(tmp_path, small_pair):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text(f"{small_pair[0].name}\t{small_pair[1].name}\n# comment\n\nmissing.txt\tother.txt\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run("batch", tsv, "-o", out, "--fix", "gender", "--jobs", "2")
    assert code == 2  # one document was unreadable, the other was done
    report = json.loads((out / "1.json").read_text(encoding="utf-8"))
    assert any(i["check"] == "gender" for i in report["issues"])
    assert "La gouverneure" in (out / "1.fixed.txt").read_text(encoding="utf-8")
    assert (out / "4.error.txt").exists() and "line 4" in err and "1/2 documents" in err


def test_checks_lists_ids_with_category_and_severity(capsys):
    assert main(["checks"]) == 0
    lines = capsys.readouterr().out.splitlines()
    gender = next(line for line in lines if line.startswith("gender "))
    assert "major" in gender and "Accuracy" in gender


def test_gui_without_display_prints_the_report(small_pair, monkeypatch):
    env_code = subprocess.run([sys.executable, "-m", "qa_desk", "gui", *map(str, small_pair)], capture_output=True,
                              text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    assert env_code.returncode == 0
    assert "no display" in env_code.stderr and "gender" in env_code.stdout


def test_gui_screenshot_without_display(small_pair, tmp_path):
    png = tmp_path / "desk.png"
    done = subprocess.run([sys.executable, "-m", "qa_desk", "gui", "--screenshot", str(png), *map(str, small_pair)],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                          timeout=180)
    assert done.returncode == 0, done.stderr[-400:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
