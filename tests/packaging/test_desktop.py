"""Linux desktop integration: the entry, AppStream metadata and MIME types validate and agree,
and the per-user install script puts them where a desktop finds them."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from lxml import etree

import qa_desk

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
APP_ID = "org.qadesk.QaDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
INSTALL = ROOT / "packaging" / "install-desktop.sh"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
SAFE = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (Debian: apt-get install appstream desktop-file-utils shared-mime-info)")
    return path


def _entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _mime_types() -> dict[str, dict]:
    root = etree.parse(str(MIME_XML), SAFE).getroot()
    types = {}
    for node in root.iter(f"{MIME_NS}mime-type"):
        types[node.get("type")] = {
            "globs": {g.get("pattern") for g in node.iter(f"{MIME_NS}glob")},
            "aliases": {a.get("type") for a in node.iter(f"{MIME_NS}alias")},
            "namespaces": {r.get("namespaceURI") for r in node.iter(f"{MIME_NS}root-XML")}}
    return types


def test_desktop_entry_validates():
    done = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates_without_errors_or_warnings():
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    problems = [line for line in done.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert done.returncode == 0 and problems == [], done.stdout + done.stderr


def test_entry_runs_the_gui_script_on_files():
    entry = _entry()
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    program, *args = entry["Exec"].split()
    assert program in gui_scripts and args == ["%F"]
    assert entry["TryExec"] == program
    assert entry["Icon"] == APP_ID and entry["Terminal"] == "false"


def test_entry_metainfo_and_mime_agree():
    types = _mime_types()
    known = set(types) | {alias for t in types.values() for alias in t["aliases"]}
    declared = [t for t in _entry()["MimeType"].split(";") if t]
    assert declared and set(declared) <= known
    meta = etree.parse(str(METAINFO), SAFE).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert {m.text for m in meta.iter("mediatype")} <= known
    newest = meta.find("releases/release")
    assert newest.get("version") == qa_desk.__version__, "add a <release> for the new version"


def test_mime_types_cover_xliff_and_projects():
    from qa_desk.app.files import PROJECT_SUFFIX
    types = _mime_types()
    globs = {g: name for name, t in types.items() for g in t["globs"]}
    assert globs["*.xlf"] == globs["*.xliff"] == "application/xliff+xml"
    assert globs[f"*{PROJECT_SUFFIX}"] == "application/x-qadesk-project"
    namespaces = types["application/xliff+xml"]["namespaces"]
    assert {"urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:2.0"} <= namespaces


def test_icon_is_an_svg():
    icon = ROOT / "resources" / "icons" / "qa-desk.svg"
    root = etree.parse(str(icon), SAFE).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def _fake_gui(folder: Path) -> Path:
    program = folder / "qa-desk-gui"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def test_install_script_puts_files_where_desktops_look(tmp_path):
    data = tmp_path / "share"
    (tmp_path / "my apps").mkdir()
    program = _fake_gui(tmp_path / "my apps")
    done = subprocess.run(["bash", str(INSTALL), "--data-dir", str(data), "--exec", str(program)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    installed = data / "applications" / DESKTOP.name
    for path in (installed, data / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg",
                 data / "mime/packages" / f"{APP_ID}.xml", data / "metainfo" / METAINFO.name):
        assert path.is_file(), path
    entry = _entry(installed)
    assert entry["Exec"] == f'"{program}" %F'  # quoted: the folder has a space
    assert entry["TryExec"] == str(program)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout
    if shutil.which("update-desktop-database"):
        cache = (data / "applications" / "mimeinfo.cache").read_text()
        assert f"application/xliff+xml={DESKTOP.name};" in cache
    if shutil.which("update-mime-database"):
        assert "application/x-qadesk-project:*.qadesk" in (data / "mime" / "globs2").read_text()
    removed = subprocess.run(["bash", str(INSTALL), "--data-dir", str(data), "--uninstall"],
                             capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not installed.exists() and not (data / "mime/packages" / f"{APP_ID}.xml").exists()


def test_install_script_refuses_without_a_program(tmp_path):
    env = {**os.environ, "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    env.pop("XDG_DATA_HOME", None)
    done = subprocess.run(["bash", str(INSTALL)], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 2 and "--exec" in done.stderr
    assert not (tmp_path / ".local/share/applications" / DESKTOP.name).exists()


def test_qt_resolves_the_installed_types(tmp_path):
    """What a file manager does on a double click: name the type of a file by the installed database."""
    pytest.importorskip("PySide6.QtCore")
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run([_tool("update-mime-database"), str(data / "mime")], capture_output=True, check=True)
    (tmp_path / "review.qadesk").write_bytes(b"SQLite format 3\x00" + bytes(84))
    (tmp_path / "story.xlf").write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"/>')
    script = ("import sys; from PySide6.QtCore import QMimeDatabase; db = QMimeDatabase(); "
              "print(*[db.mimeTypeForFile(p).name() for p in sys.argv[1:]])")
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "review.qadesk"),
                           str(tmp_path / "story.xlf")], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["application/x-qadesk-project", "application/xliff+xml"]
