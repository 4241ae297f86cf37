"""Control characters, bidi marks, emoji and combining accents in file names and in person names.

They are read and checked, never refused, and files named with them can be
converted (an XLIFF ``original`` attribute gets %XX for what XML cannot hold).
"""
import json
import subprocess
import sys

import pytest

from qa_desk.cli import main
from qa_desk.engine import load_document
from qa_desk.formats import read_bilingual

NAMES = {"control": "ctl\x07\x1bname", "bidi": "bidi\u202egnp\u202c", "emoji": "emoji🦄👩🏽‍⚖️",
         "combining": "combi\u0301ne", "latin1-bytes": "latin\udce9"}


@pytest.mark.parametrize("key", NAMES)
@pytest.mark.parametrize("to", ["xliff12", "xliff2"])
def test_odd_file_names_convert_and_check(tmp_path, capsys, key, to):
    stem = NAMES[key]
    en, fr = tmp_path / f"{stem}.en.txt", tmp_path / f"{stem}.fr.txt"
    en.write_text("The minister signed the law.\n", encoding="utf-8")
    fr.write_text("Le ministre a signé la loi.\n", encoding="utf-8")
    out = tmp_path / f"{stem}.{to}.xlf"
    if key == "latin1-bytes":  # not UTF-8: only a real stderr (backslashreplace) can print the name
        run = [sys.executable, "-m", "qa_desk"]
        assert subprocess.run([*run, "convert", en, fr, "--to", to, "-o", out]).returncode == 0
        done = subprocess.run([*run, "check", out, "--format", "json"], capture_output=True)
        assert done.returncode == 0 and b"Traceback" not in done.stderr
        report = json.loads(done.stdout)
    else:
        assert main(["convert", str(en), str(fr), "--to", to, "-o", str(out)]) == 0
        assert main(["check", str(out), "--format", "json"]) == 0
        report = json.loads(capsys.readouterr().out)
    assert report["segments"][0]["target"] == "Le ministre a signé la loi."


def test_control_characters_in_text_are_read_and_kept_by_xliff2(tmp_path):
    """(XLIFF 1.2 cannot hold them: conversion to 1.2 drops them, as tests/formats expects.)"""
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text("Governor Su\x07san Park signed.\n", encoding="utf-8")
    fr.write_text("La gouverneure Su\x07san Park a signé.\n", encoding="utf-8")
    doc = load_document([str(en), str(fr)])
    assert doc.segments[0].target_text == "La gouverneure Su\x07san Park a signé."
    out2 = tmp_path / "a2.xlf"
    assert main(["convert", str(en), str(fr), "--to", "xliff2", "-o", str(out2)]) == 0
    assert read_bilingual(out2).segments[0].target_text == "La gouverneure Su\x07san Park a signé."
