"""TMX 1.4 reading: language choice by header and prefix, inline codes, conversion to XLIFF."""
import pytest

from qa_desk.errors import InputError
from qa_desk.formats import tmx, xliff2
from qa_desk.formats.validate import validate
from qa_desk.model import CLOSE, OPEN, STANDALONE

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
 <header creationtool="hand" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
         srclang="{src}" datatype="plaintext"/>
 <body>
  <tu tuid="a1">
   <note>first</note>
   <tuv xml:lang="de-DE"><seg>Der Minister.</seg></tuv>
   <tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>minister<ept i="1">&lt;/b&gt;</ept> said<ph x="2">&lt;br/&gt;</ph> no.</seg></tuv>
   <tuv xml:lang="fr-CA"><seg>Le <bpt i="1">&lt;b&gt;</bpt>ministre<ept i="1">&lt;/b&gt;</ept> a dit<ph x="2">&lt;br/&gt;</ph> non.</seg></tuv>
  </tu>
  <tu>
   <tuv xml:lang="EN"><seg>Only <hi x="3">English</hi> here.</seg></tuv>
  </tu>
  <tu>
   <tuv xml:lang="en"><seg>A <hi x="3">high</hi> point<it pos="begin" x="4">&lt;i&gt;</it>.</seg></tuv>
   <tuv xml:lang="fr"><seg>Un point <hi x="3">haut</hi><it pos="begin" x="4">&lt;i&gt;</it>.</seg></tuv>
  </tu>
 </body>
</tmx>
"""


@pytest.fixture
def tmx_file(tmp_path):
    path = tmp_path / "memory.tmx"
    path.write_text(TMX.format(src="en-US"), encoding="utf-8")
    return path


def test_units_with_both_languages_become_segments(tmx_file):
    doc = tmx.read(str(tmx_file))
    assert (doc.format, doc.source_lang, doc.target_lang) == ("tmx", "en", "fr")
    assert [s.id for s in doc.segments] == ["a1", "tu3"]
    first = doc.segments[0]
    assert first.source.text == "The minister said no." and first.target.text == "Le ministre a dit non."
    assert [(c.kind, c.name, c.id) for c in first.target.codes] == [
        (STANDALONE, "bpt", "1"), (STANDALONE, "ept", "1"), (STANDALONE, "ph", "2")]
    assert first.target.codes[0].native["data"] == "<b>" and first.notes == ["first"]
    hi = [(c.kind, c.pos) for c in doc.segments[1].target.codes if c.name == "hi"]
    assert hi == [(OPEN, 9), (CLOSE, 13)]


def test_star_all_source_means_english(tmp_path):
    path = tmp_path / "all.tmx"
    path.write_text(TMX.format(src="*all*"), encoding="utf-8")
    assert tmx.read(str(path)).source_lang == "en"


def test_tmx_converts_to_valid_xliff(tmx_file, tmp_path):
    doc = tmx.read(str(tmx_file))
    out = tmp_path / "out.xlf"
    xliff2.write(doc, str(out))
    assert validate(str(out), "2.1") == []
    again = xliff2.read(str(out))
    assert [s.target.text for s in again.segments] == [s.target.text for s in doc.segments]
    names = [c.name for c in again.segments[0].target.codes]
    assert names == ["sc", "ec", "ph"]


def test_not_tmx_is_refused(tmp_path):
    path = tmp_path / "x.tmx"
    path.write_text("<notatmx/>")
    with pytest.raises(InputError, match="not a TMX"):
        tmx.read(str(path))
    assert tmx.sniff(TMX.encode()) and not tmx.sniff(b"<xliff")
