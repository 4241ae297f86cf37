"""The PyInstaller one-folder bundle starts headless, checks like the source tree and draws the desk.

Slow (the build takes minutes): run by `make dist` on the bundle it just built (QA_DESK_BUNDLE),
or with `-m slow`, which builds one from a copy of the tree.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> tuple[Path, Path]:
    """(bundle folder, the tree it was built from)."""
    given = os.environ.get("QA_DESK_BUNDLE")
    if given:
        return Path(given).resolve(), ROOT
    pytest.importorskip("PyInstaller", reason="PyInstaller missing: pip install -e '.[dist]'")
    work = tmp_path_factory.mktemp("bundle")
    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("packaging", "qa_desk", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(work / "dist"),
                           "--workpath", str(work / "build"), str(src / "packaging" / "qa-desk.spec")],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-4000:]
    return work / "dist" / "qa-desk", src


def _env(tmp_path: Path, **extra) -> dict:
    # a private HOME: the desk's settings and recent files must not touch the user's
    return {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), **extra}


def _source_run(src: Path, args: list[str], env: dict) -> subprocess.CompletedProcess:
    env = {**env, "PYTHONPATH": str(src)}  # the copy the bundle was built from, not the live tree
    return subprocess.run([sys.executable, *args], cwd=src, capture_output=True, text=True, env=env, timeout=600)


def test_bundle_has_both_programs_and_the_qt_platforms(bundle):
    folder, _ = bundle
    for name in ("qa-desk", "qa-desk-gui"):
        assert (folder / name).is_file() and os.access(folder / name, os.X_OK), name
    assert (folder / "install-desktop.sh").is_file()
    plugins = next(folder.glob("_internal/PySide6/Qt/plugins"))
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "iconengines/libqsvgicon.so"):
        assert (plugins / plugin).is_file(), plugin


def test_self_test_matches_the_source_tree(bundle, tmp_path):
    """spaCy's French model and registries, lingua's models and every resource, as the tree has them."""
    folder, src = bundle
    env = _env(tmp_path, QA_DESK_SELF_TEST="1")
    frozen = subprocess.run([str(folder / "qa-desk")], cwd=tmp_path, capture_output=True, text=True,
                            env=env, timeout=600)
    assert frozen.returncode == 0, frozen.stderr[-3000:]
    source = _source_run(src, [str(src / "packaging" / "launcher.py")], env)
    assert source.returncode == 0, source.stderr[-3000:]
    got, want = json.loads(frozen.stdout), json.loads(source.stdout)
    assert "lemmatizer" in got["pipeline"] and any(t[0] != t[1] for t in got["tokens"])
    assert {p.split("/")[0] for p in got["resources"]} >= {"lexicon", "names", "people", "srx", "schemas", "icons"}
    assert got == want


def test_bundle_checks_the_seed_pair_like_the_source(bundle, seed_pair, tmp_path):
    folder, src = bundle
    command = ["check", "--format", "json", *map(str, seed_pair)]
    frozen = subprocess.run([str(folder / "qa-desk"), *command], cwd=tmp_path, capture_output=True, text=True,
                            env=_env(tmp_path), timeout=600)
    assert frozen.returncode == 0, frozen.stderr[-3000:]
    report = json.loads(frozen.stdout)
    assert {"omission", "gender", "title"} <= {issue["check"] for issue in report["issues"]}
    source = _source_run(src, ["-m", "qa_desk", *command], _env(tmp_path))
    assert source.returncode == 0, source.stderr[-3000:]
    key = lambda r: sorted((i["segment"], i["check"], i["start"], i["end"]) for i in r["issues"])  # noqa: E731
    assert key(report) == key(json.loads(source.stdout))


def test_bundle_screenshot_headless(bundle, seed_pair, tmp_path):
    folder, _ = bundle
    shot = tmp_path / "desk.png"
    done = subprocess.run([str(folder / "qa-desk-gui"), "--screenshot", str(shot), *map(str, seed_pair)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=600,
                          env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PySide6.QtGui import QImage
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50, "a blank or single-colour window"  # text, grid lines, status dots


def test_bundle_screenshot_on_a_real_x_server(bundle, seed_pair, tmp_path):
    """The xcb platform plugin and its libraries, under Xvfb (apt-get install xvfb)."""
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.skip("xvfb-run not installed (Debian: apt-get install xvfb xauth)")
    folder, _ = bundle
    shot = tmp_path / "desk-x11.png"
    done = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1400x900x24", str(folder / "qa-desk-gui"),
                           "--screenshot", str(shot), *map(str, seed_pair)], cwd=tmp_path, capture_output=True,
                          text=True, timeout=600, env=_env(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert "could not load the Qt platform plugin" not in done.stderr, done.stderr[-3000:]
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", done.stderr[-3000:]
    if done.returncode == 134 and "terminate called without an active exception" in done.stderr:
        # seen about once in ten runs of the bundle, after the picture is saved: a worker thread
        # still in C++ frames when Python finalizes; the app should wait for its pool before exiting
        pytest.xfail("known exit race in the app after a successful screenshot (abort at exit)")
    assert done.returncode == 0, done.stderr[-3000:]


def test_install_script_in_the_bundle_points_at_it(bundle, tmp_path):
    folder, _ = bundle
    data = tmp_path / "share"
    done = subprocess.run(["bash", str(folder / "install-desktop.sh"), "--data-dir", str(data)],
                          capture_output=True, text=True, timeout=120, env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    desktop = (data / "applications" / "org.qadesk.QaDesk.desktop").read_text(encoding="utf-8")
    assert f"\nExec={folder / 'qa-desk-gui'} %F\n" in desktop
