"""Robustness fixtures: the bad-input corpus as cases, and a network that refuses every connection.

A test that takes a ``bad_case`` argument runs once per line of
tests/data/bad/MANIFEST.tsv; ``bad_corpus`` is a copy of the corpus (tests
may write beside it) with a fresh secret planted for the XXE files to aim at.
"""
from __future__ import annotations

import hashlib
import secrets
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"


@dataclass(frozen=True)
class Case:
    files: tuple[str, ...]
    kind: str
    exit: int
    fragment: str
    line: int | None

    @property
    def id(self) -> str:
        return self.files[0].removesuffix(".en.txt")


def load_cases() -> list[Case]:
    cases = []
    for row in (BAD / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        files, kind, code, fragment, line = row.split("\t")
        cases.append(Case(tuple(files.split(" ")), kind, int(code), fragment,
                          None if line == "-" else int(line)))
    return cases


# run through a real ``python -m qa_desk`` process too (slower: a few of each kind)
SUBPROCESS_SAMPLE = ("xml_truncated_in_tag.xlf", "xxe_local_file.xlf", "billion_laughs.xlf", "binary_random.xlf",
                     "pair_latin1_target", "x2_sc_without_ec.xlf", "ok_dtd_by_url.xlf", "ok_pair_names_bidi")


# opened in the app as well as refused files (opening runs the checks: a few only)
APP_OK_SAMPLE = ("ok_xliff_utf16_bom.xlf", "ok_pair_names_bidi", "ok_pair_3_vs_300_paragraphs", "ok_tmx_utf16.tmx",
                 "ok_script_in_notes_and_text.xlf")
CASE_SETS = {  # argument name -> which manifest cases it runs over
    "bad_case": lambda c: True,
    "sampled_case": lambda c: c.id in SUBPROCESS_SAMPLE,
    "refused_case": lambda c: c.exit == 2,
    "app_ok_case": lambda c: c.id in APP_OK_SAMPLE,
}


def pytest_generate_tests(metafunc):
    for name, wanted in CASE_SETS.items():
        if name in metafunc.fixturenames:
            cases = [c for c in load_cases() if wanted(c)]
            metafunc.parametrize(name, cases, ids=[c.id for c in cases])


@dataclass
class Corpus:
    folder: Path
    token: str  # planted in secret.txt and evil.dtd: must never come out

    def paths(self, case: Case) -> list[Path]:
        return [self.folder / name for name in case.files]

    @staticmethod
    def digest(paths) -> list[str]:
        return [hashlib.sha256(Path(p).read_bytes()).hexdigest() for p in paths]


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Corpus:
    folder = tmp_path_factory.mktemp("bad") / "corpus"
    shutil.copytree(BAD, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    token = "SECRET-" + secrets.token_hex(8)
    (folder / "secret.txt").write_text(token + "\n", encoding="utf-8")
    (folder / "evil.dtd").write_text(f'<!ENTITY x "{token}"><!ATTLIST source leak CDATA "{token}">\n',
                                     encoding="utf-8")
    return Corpus(folder, token)


@pytest.fixture
def no_network(monkeypatch):
    """Every way out through Python's socket module raises and is recorded in the returned list."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args}")
            raise OSError(f"network blocked in tests ({name})")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    yield attempts
    assert attempts == [], f"network access attempted: {attempts}"
