"""Output paths that cannot be written: one line, exit 2, no stray file, inputs untouched."""
import hashlib

import pytest

from qa_desk.cli import main

EN = "The minister signed the law on Monday.\n\nShe said she was satisfied.\n"
FR = "Le ministre a signé la loi lundi.\n\nElle s'est dite satisfaite.\n"


@pytest.fixture
def pair(tmp_path):
    en, fr = tmp_path / "a.en.txt", tmp_path / "a.fr.txt"
    en.write_text(EN, encoding="utf-8")
    fr.write_text(FR, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return en, fr


def _digest(*paths):
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.mark.parametrize("command", [["check"], ["fix", "--checks", "spacing"], ["convert"]])
@pytest.mark.parametrize("where, reason", [("missing/out.x", "No such file"), ("folder", "Is a directory")])
def test_unwritable_output_is_one_line(pair, tmp_path, capsys, command, where, reason):
    before = _digest(*pair)
    listing = sorted(p.name for p in tmp_path.rglob("*"))
    out = tmp_path / where
    code = main([command[0], *map(str, pair), *command[1:], "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and str(out) in err and reason in err and "Traceback" not in err
    assert _digest(*pair) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == listing  # no temporary file left behind


def test_report_over_an_input_is_refused(pair, capsys):
    before = _digest(*pair)
    assert main(["check", *map(str, pair), "-o", str(pair[1])]) == 2
    assert "overwrite an input" in capsys.readouterr().err
    assert _digest(*pair) == before


def test_batch_output_folder_that_is_a_file(pair, tmp_path, capsys):
    tsv = tmp_path / "list.tsv"
    tsv.write_text(f"{pair[0].name}\t{pair[1].name}\n", encoding="utf-8")
    blocker = tmp_path / "out"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["batch", str(tsv), "-o", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot create the output folder" in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_convert_to_a_tmx_name_is_refused_not_written_as_text(pair, tmp_path, capsys):
    out = tmp_path / "a.tmx"
    assert main(["convert", *map(str, pair), "-o", str(out)]) == 2
    assert "writing TMX is not supported" in capsys.readouterr().err
    assert not out.exists()


def test_terminal_escapes_in_a_file_name_are_not_printed_raw(tmp_path, capsys):
    name = tmp_path / "evil\x1b[2J\x1b]0;owned\x07\u202eexe.txt"
    assert main(["check", str(name), str(name)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "evil\\x1b[2J\\x1b]0;owned\\x07\\u202eexe.txt: no such file" in err
