"""``qa-desk batch`` on 300 documents: summary.csv and index.html, one row and one link per document.

index.html is opened in headless Chromium when the machine has it (scripts/setup-system.sh installs
``chromium-headless-shell`` where it can); without it, lxml's HTML parser reads the same file.
"""
import csv
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html

from qa_desk.cli import main

N = 300
XLIFF = ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
         '<file original="n{n}.txt" source-language="en" target-language="fr" datatype="plaintext"><body>\n'
         '<trans-unit id="1"><source>The council met on {n} May.</source><target>Le conseil s’est réuni le {m} mai.'
         '</target></trans-unit>\n<trans-unit id="{dup}"><source>It voted.</source><target>Il a voté.</target>'
         '</trans-unit>\n</body></file></xliff>\n')
BROWSER = next((b for b in ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome")
                if shutil.which(b)), None)


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    lines = []
    for n in range(1, N + 1):
        # every 7th document has a number the translation changed, every 11th a duplicate unit id
        text = XLIFF.format(n=n, m=n + 1 if n % 7 == 0 else n, dup="1" if n % 11 == 0 else "2")
        (folder / f"doc{n}.xlf").write_text(text, encoding="utf-8")
        lines.append(f"doc{n}.xlf")
    (folder / "broken.xlf").write_bytes(b"\x89PNG not xliff")
    lines.insert(150, "broken.xlf")
    (folder / "pairs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "out"
    code = main(["batch", str(folder / "pairs.tsv"), "-o", str(out), "--checks", "file,numbers", "--jobs", "2"])
    return out, code


def _dom(index: Path):
    if BROWSER:
        result = subprocess.run([BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom",
                                 index.as_uri()], capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr[-500:]
        return html.fromstring(result.stdout)
    return html.parse(str(index)).getroot()


def test_summary_has_a_row_per_document(batch):
    out, code = batch
    assert code == 2  # the one unreadable document
    rows = list(csv.DictReader((out / "summary.csv").open(encoding="utf-8", newline="")))
    assert len(rows) == N + 1
    assert [r["status"] for r in rows].count("error") == 1
    ok = [r for r in rows if r["status"] == "ok"]
    flagged = {r["document"] for r in ok if int(r["issues"])}
    number_docs = {f"doc{n}.xlf" for n in range(7, N + 1, 7)}
    dup_docs = {f"doc{n}.xlf" for n in range(11, N + 1, 11)}
    assert flagged == number_docs | dup_docs
    assert all(int(r["category:File"]) == (r["document"] in dup_docs) for r in ok)
    assert all(float(r["mqm_score"]) == 100.0 for r in ok if r["document"] not in flagged)


def test_index_opens_with_every_row_and_link(batch):
    out, _ = batch
    dom = _dom(out / "index.html")
    rows = dom.xpath('//table[@id="documents"]/tbody/tr')
    assert len(rows) == N + 1
    links = [a.get("href") for a in dom.xpath('//table[@id="documents"]//a')]
    assert len(links) == N + 1 and len(set(links)) == N + 1
    for href in links:
        assert (out / href).is_file(), href
    names = [r.xpath("./td[2]")[0].text_content() for r in rows]
    assert names[150] == "broken.xlf" and "error" in rows[150].get("class", "")
    assert "300 documents checked, 1 not read" in dom.xpath('//p[@id="totals"]')[0].text_content()


def test_each_link_is_that_documents_report(batch):
    out, _ = batch
    report = (out / "7.html").read_text(encoding="utf-8")  # line 7 is doc7.xlf, with the changed number
    assert "doc7.xlf" in report and "Scorecard" in report and "numbers" in report
