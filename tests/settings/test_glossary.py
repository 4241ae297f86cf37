"""Glossary readers: TBX (v2 TBX-Basic and v3) and CSV, with one-line errors for bad files."""
from pathlib import Path

import pytest

from qa_desk.errors import InputError
from qa_desk.settings.glossary import load_glossaries, read_glossary

DATA = Path(__file__).resolve().parents[1] / "data" / "battery_b"


def by_source(entries):
    return {e.source[0] if e.source else "": e for e in entries}


def test_tbx_basic_statuses_split_required_and_forbidden():
    entries = by_source(read_glossary(DATA / "news_terms.tbx"))
    assert set(entries) == {"briefing", "ceasefire", "deputy secretary of state"}
    assert entries["briefing"].required == ["point de presse"]
    assert entries["briefing"].forbidden == ["briefing"]
    assert "press" in entries["briefing"].note
    assert entries["ceasefire"].source == ["ceasefire", "cease-fire"]  # en-GB counts as English
    assert entries["ceasefire"].required == ["cessez-le-feu", "trêve"]  # admitted terms are allowed
    assert entries["deputy secretary of state"].required == ["secrétaire d'État adjoint"]  # ntig/termGrp


def test_tbx_v3_namespaced():
    (entry,) = read_glossary(DATA / "news_terms_v3.tbx")
    assert entry.source == ["nuclear force"]
    assert entry.required == ["force nucléaire"] and entry.forbidden == ["arsenal atomique"]


def test_tbx_with_entities_is_refused():
    with pytest.raises(InputError, match="entit"):
        read_glossary(DATA / "entities.tbx")


def test_csv_rows_header_quotes_and_forbidden_without_source():
    entries = by_source(read_glossary(DATA / "news_terms.csv"))
    assert entries["ceasefire"].required == ["cessez-le-feu"] and entries["ceasefire"].note == "house style"
    assert entries[""].forbidden == ["deadline"] and 'date limite"' in entries[""].note
    assert entries["peace talks"].required == ["pourparlers de paix"]


def test_csv_semicolons_and_rows_merged_by_source():
    (entry,) = read_glossary(DATA / "semicolon_terms.csv")
    assert entry.required == ["point de presse"] and entry.forbidden == ["briefing"]


@pytest.mark.parametrize("name, message, line", [
    ("bad_status.csv", "status", 2), ("bad_header.csv", "header", 1), ("latin1.csv", "UTF-8", 2)])
def test_csv_errors_are_one_line_with_the_line_number(name, message, line):
    with pytest.raises(InputError, match=message) as caught:
        read_glossary(DATA / name)
    assert caught.value.line == line and "\n" not in str(caught.value)


def test_unknown_extension_and_missing_file(tmp_path):
    with pytest.raises(InputError):
        read_glossary(tmp_path / "terms.docx")
    with pytest.raises(InputError):
        load_glossaries([str(tmp_path / "missing.csv")])


def test_load_glossaries_rereads_a_changed_file(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("source,target,status\nwar,guerre,required\n", encoding="utf-8")
    assert load_glossaries([str(path)])[0].required == ["guerre"]
    path.write_text("source,target,status\nwar,conflit,required\n", encoding="utf-8")
    import os
    os.utime(path, (1, 1))
    assert load_glossaries(str(path))[0].required == ["conflit"]
