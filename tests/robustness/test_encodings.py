"""XML from other tools in UTF-16 or UTF-32 (Trados writes UTF-16 TMX) is recognised and read."""
import pytest

from qa_desk.formats import read_bilingual, sniff_format, write_document
from qa_desk.formats.xmlsafe import c14n

XLIFF12 = ('<?xml version="1.0" encoding="{enc}"?>\n<xliff version="1.2" '
           'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a" source-language="en" '
           'target-language="fr" datatype="plaintext"><body>\n<trans-unit id="1"><source>Zoë said '
           'hello.</source><target>Zoë a dit bonjour.</target></trans-unit>\n</body></file></xliff>\n')
XLIFF2 = ('<?xml version="1.0" encoding="{enc}"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
          'version="2.1" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>Zoë said '
          'hello.</source><target>Zoë a dit bonjour.</target></segment></unit></file></xliff>\n')
TMX = ('<?xml version="1.0" encoding="{enc}"?>\n<tmx version="1.4"><header srclang="en-US" '
       'creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" '
       'datatype="plaintext"/><body><tu><tuv xml:lang="en-US"><seg>Zoë said hello.</seg></tuv>'
       '<tuv xml:lang="fr-FR"><seg>Zoë a dit bonjour.</seg></tuv></tu></body></tmx>\n')
ENCODINGS = [("UTF-16", "utf-16"), ("UTF-16", "utf-16-le"), ("UTF-16BE", "utf-16-be"),
             ("UTF-32", "utf-32"), ("UTF-8", "utf-8-sig")]


@pytest.mark.parametrize("template, fmt", [(XLIFF12, "xliff12"), (XLIFF2, "xliff2"), (TMX, "tmx")])
@pytest.mark.parametrize("declared, codec", ENCODINGS)
def test_xml_in_wide_encodings_is_recognised_and_read(tmp_path, template, fmt, declared, codec):
    path = tmp_path / f"doc.{codec}.xml"
    path.write_bytes(template.format(enc=declared).encode(codec))
    assert sniff_format(path) == fmt
    doc = read_bilingual(path)
    assert [(s.source.text, s.target_text) for s in doc.segments] == [("Zoë said hello.",
                                                                        "Zoë a dit bonjour.")]
    if fmt != "tmx":
        out = tmp_path / "out.xlf"
        write_document(doc, out)
        assert c14n(read_bilingual(out).native) == c14n(doc.native)


def test_long_comment_before_the_root_does_not_hide_the_format(tmp_path):
    licence = "<!--\n" + "Licensed to the newsroom under the usual terms.\n" * 200 + "-->\n"  # ~10 KB
    path = tmp_path / "licensed.xlf"
    text = XLIFF12.format(enc="UTF-8")
    path.write_text(text.replace("?>\n", "?>\n" + licence, 1), encoding="utf-8")
    assert sniff_format(path) == "xliff12"
    assert read_bilingual(path).segments[0].target_text == "Zoë a dit bonjour."
