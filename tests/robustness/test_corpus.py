"""Every file of the bad-input corpus through ``qa-desk check`` (in-process) and ``convert``.

Bad files: exit 2, one line naming the file (and the line where the manifest
gives one), no output file, the input unchanged. Odd-but-valid files: read,
checked, their text kept. Nothing hostile ever comes out, and nothing
reaches for the network.
"""
import json
import subprocess
import sys

from qa_desk.cli import main
from qa_desk.formats import read_bilingual


def _run(capsys, argv):
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_answers_each_file(bad_corpus, bad_case, capsys, no_network, tmp_path):
    paths = bad_corpus.paths(bad_case)
    before = bad_corpus.digest(paths)
    report = tmp_path / "report.json"
    code, out, err = _run(capsys, ["check", *paths, "--format", "json", "-o", report])
    assert bad_corpus.token not in out + err
    assert "Traceback" not in err
    assert code == bad_case.exit, err
    if bad_case.exit == 2:
        assert err.count("\n") == 1 and err.startswith("qa-desk: ")
        assert bad_case.fragment in err
        named = [p for p in paths if f"{p}:" in err]
        assert named, f"the message names no input file: {err}"
        if bad_case.line is not None:
            assert f"{named[0]}:{bad_case.line}:" in err
        assert not report.exists()
    else:
        text = report.read_text(encoding="utf-8")
        assert bad_corpus.token not in text
        data = json.loads(text)
        checked = " ".join(f"{s['source']} {s['target'] or ''}" for s in data["segments"])
        assert bad_case.fragment in checked
    assert bad_corpus.digest(paths) == before


def test_convert_writes_nothing_for_bad_input_and_keeps_text_of_good(bad_corpus, bad_case, capsys,
                                                                       tmp_path):
    paths = bad_corpus.paths(bad_case)
    before = bad_corpus.digest(paths)
    output = tmp_path / "converted.xlf"
    code, out, err = _run(capsys, ["convert", *paths, "-o", output])
    assert code == bad_case.exit and "Traceback" not in err
    assert bad_corpus.token not in out + err
    if bad_case.exit == 2:
        assert not output.exists() and not list(tmp_path.iterdir())
    else:
        written = output.read_bytes()
        assert bad_corpus.token.encode() not in written
        original = read_bilingual(paths[0]) if len(paths) == 1 else None
        again = read_bilingual(output)
        if original is not None:
            assert [(s.source.text, s.target_text) for s in again.segments] == \
                   [(s.source.text, s.target_text) for s in original.segments]
        assert bad_case.fragment in " ".join(f"{s.source.text} {s.target_text}" for s in again.segments)
    assert bad_corpus.digest(paths) == before


def test_a_sample_through_the_real_command(bad_corpus, sampled_case):
    """The command in its own process, not main(): nothing but the one line reaches stderr."""
    bad_case = sampled_case
    paths = bad_corpus.paths(bad_case)
    done = subprocess.run([sys.executable, "-m", "qa_desk", "check", *map(str, paths)], capture_output=True,
                          text=True, timeout=120, cwd=bad_corpus.folder)
    assert done.returncode == bad_case.exit
    assert "Traceback" not in done.stderr and bad_corpus.token not in done.stdout + done.stderr
    if bad_case.exit == 2:
        assert done.stderr.count("\n") == 1 and bad_case.fragment in done.stderr and not done.stdout
    else:
        assert "Totals:" in done.stdout
