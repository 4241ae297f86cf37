"""Packaging tests: one wheel built per session.

Slow tests (a clean venv from the wheel, the PyInstaller bundle) take minutes, so `make test`
skips them (tests/conftest.py); `make dist` runs them with `-m slow`, or set QA_DESK_SLOW=1.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What the wheel is built from: a clean copy, so stale build/ output or a parallel build never leaks in.
BUILD_INPUTS = ("pyproject.toml", "README.md", "qa_desk", "resources")


def _ignore_caches(_dir, names):
    return [n for n in names if n == "__pycache__" or n.endswith((".pyc", ".egg-info"))]


def build_wheel(out_dir: Path) -> Path:
    """Build the project's wheel from a clean copy of its inputs (pip's isolated build, offline mirrors)."""
    src = out_dir / "src"
    for name in BUILD_INPUTS:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=_ignore_caches)
        elif path.exists():
            src.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, src / name)
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out_dir), str(src)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    wheels = sorted(out_dir.glob("qa_desk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> tuple[Path, Path]:
    """(wheel, the tree it was built from): QA_DESK_WHEEL (what `make dist` just built, from the
    working tree) or a fresh build of a copy, which stays put while others edit the working tree."""
    given = os.environ.get("QA_DESK_WHEEL")
    if given:
        return Path(given).resolve(), ROOT
    out = tmp_path_factory.mktemp("wheel")
    return build_wheel(out), out / "src"


@pytest.fixture(scope="session")
def wheel_path(built_wheel) -> Path:
    return built_wheel[0]
