"""No network, ever: the command path, the app path and the spaCy model, with every socket call refused.

A child process refuses connections from its first line (nothing loaded or
cached before), loads spaCy, runs check, fix, convert and batch, then opens a
document in the app offscreen, checks and exports it. The documents point at
a listener of ours by URL (DTD, schemas, stylesheet, XInclude): libxml2 works
below Python's socket module, so the listener checks it fetched nothing (the
bundled libxml2 2.14 has no HTTP client; a build with one would be caught).
"""
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "drivers" / "app_driver.py"
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"


def _documents(folder: Path, url: str) -> list[Path]:
    en, fr = folder / "story.en.txt", folder / "story.fr.txt"
    en.write_text("Governor Susan Park signed the law on Monday.\n\nShe said she was satisfied.\n", "utf-8")
    fr.write_text("Le gouverneur Susan Park a signé la loi lundi.\n\nElle s'est dite satisfaite .\n", "utf-8")
    x12 = folder / "remote12.xlf"
    x12.write_text(
        f'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="{url}/style.xsl"?>\n'
        f'<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "{url}/xliff.dtd">\n'
        f'<xliff version="1.2" xmlns="{NS12}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xmlns:xi="http://www.w3.org/2001/XInclude" xsi:schemaLocation="{NS12} {url}/core.xsd">\n'
        '<file original="a" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
        '<trans-unit id="1"><source>The talks resumed.</source><target>Les pourparlers ont repris.</target>'
        f'<note><xi:include href="{url}/note.txt" parse="text"/></note></trans-unit>\n'
        '</body></file></xliff>\n', "utf-8")
    x2 = folder / "remote2.xlf"
    x2.write_text(
        f'<?xml version="1.0"?>\n<xliff xmlns="{NS20}" version="2.1" srcLang="en" trgLang="fr" '
        f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="{NS20} {url}/core2.xsd">\n'
        '<file id="f1"><unit id="u1"><segment><source>She left.</source><target>Il est parti.</target>'
        '</segment></unit></file></xliff>\n', "utf-8")
    tmx = folder / "remote.tmx"
    tmx.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "{url}/tmx14.dtd">\n<tmx version="1.4"><header srclang="en" '
        'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" '
        'datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>The vote passed.</seg></tuv>'
        '<tuv xml:lang="fr"><seg>Le vote est passé.</seg></tuv></tu></body></tmx>\n', "utf-8")
    return [en, fr, x12, x2, tmx]


def test_command_app_and_models_never_touch_the_network(tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.setblocking(False)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        paths = _documents(tmp_path, url)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path),
                   XDG_CONFIG_HOME=str(tmp_path / "cfg"))
        done = subprocess.run([sys.executable, str(DRIVER), "network", str(tmp_path), *map(str, paths)],
                              capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        try:
            connection, peer = listener.accept()
            connection.close()
            raise AssertionError(f"something connected to our listener from {peer}")
        except BlockingIOError:
            pass
    finally:
        listener.close()
    assert result["attempts"] == []
    assert result["codes"] == [0] * len(result["codes"]), done.stderr[-2000:]
    assert result["app_loaded"] and result["app_issues"] > 0 and result["app_export"] == "xliff2"
    assert result["app_report"] is True and result["app_loaded_xliff"] == [True, True, True]
    assert (tmp_path / "app.html").stat().st_size > 0 and (tmp_path / "batch" / "1.json").exists()
    assert "Traceback" not in done.stderr
