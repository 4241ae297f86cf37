"""Hostile XML: entities are refused before expansion, nothing is fetched, bad XML is one line."""
import socket

import pytest

from qa_desk.errors import InputError
from qa_desk.formats import xliff2, xliff12
from qa_desk.formats.xmlsafe import c14n, parse_bytes, parse_xml, write_tree

XLIFF12 = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
           'source-language="en" datatype="plaintext"><body><trans-unit id="1"><source>{}</source>'
           '</trans-unit></body></file></xliff>')


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_external_entity_to_a_local_file_is_refused(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    path = tmp_path / "xxe.xlf"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE xliff [\n <!ENTITY e SYSTEM "{secret.as_uri()}">\n]>\n'
                    + XLIFF12.format("&e;"))
    with pytest.raises(InputError, match="entities") as info:
        xliff12.read(str(path))
    assert "TOP-SECRET" not in str(info.value) and info.value.line == 2


def test_billion_laughs_is_refused_before_expansion(tmp_path):
    levels = ['<!ENTITY l0 "ha">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    path = tmp_path / "laughs.xlf"
    path.write_text(f'<!DOCTYPE xliff [{"".join(levels)}]>' + XLIFF12.format("&l9;"))
    with pytest.raises(InputError, match="entities") as info:
        xliff12.read(str(path))
    assert "haha" not in str(info.value)  # refused from the DOCTYPE, nothing expanded


def test_utf16_doctype_with_entities_is_refused():
    data = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'.encode("utf-16")
    with pytest.raises(InputError, match="entities"):
        parse_bytes(data)


def test_external_dtd_is_never_loaded(tmp_path, no_network):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY x "LOADED"><!ATTLIST source extra CDATA "DEFAULTED">')
    ok = tmp_path / "plain.xml"
    ok.write_text(f'<!DOCTYPE a SYSTEM "{dtd.as_uri()}"><a><source>t</source></a>')
    assert "DEFAULTED" not in c14n(parse_xml(str(ok)))
    remote = b'<!DOCTYPE a PUBLIC "-//X//EN" "http://example.invalid/x.dtd"><a/>'
    assert c14n(parse_bytes(remote)) == "<a></a>"
    uses = tmp_path / "uses.xml"
    uses.write_text(f'<!DOCTYPE a SYSTEM "{dtd.as_uri()}"><a>&x;</a>')
    with pytest.raises(InputError, match="entity reference"):
        parse_xml(str(uses))


@pytest.mark.parametrize("data,line", [(b"<a>\n<b>\n</a>", 3), (b"<a>\n\n<b x='1' x='2'/></a>", 3)])
def test_not_well_formed_gives_one_line_with_line_number(data, line):
    with pytest.raises(InputError) as info:
        parse_bytes(data, "f.xml")
    assert info.value.line == line and "\n" not in str(info.value) and str(info.value).startswith(f"f.xml:{line}:")


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"", b"   ", b"\x89PNG\r\n\x1a\n" + b"\0" * 50])
def test_binary_garbage_is_refused(data):
    with pytest.raises(InputError):
        parse_bytes(data)


def test_comments_pis_cdata_and_whitespace_survive(tmp_path):
    source = ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!-- head -->\n<?app x?>\n'
              '<a  b="1"><!--in-->  <c><![CDATA[<raw>]]>\xe9</c>\n\t<?pi y?></a>\n<!-- tail -->\n')
    path = tmp_path / "in.xml"
    path.write_bytes(source.encode("latin-1"))
    out = tmp_path / "out.xml"
    write_tree(parse_xml(str(path)), str(out))
    assert c14n(parse_xml(str(out))) == c14n(parse_xml(str(path)))
    written = out.read_bytes()
    assert written.startswith(b'<?xml version="1.0" encoding="ISO-8859-1"?>')
    assert b"<![CDATA[<raw>]]>" in written and b"<!-- head -->" in written and b"<?pi y?>" in written


def test_declared_encoding_is_honoured():
    text = '<?xml version="1.0" encoding="windows-1252"?><a>\u2019</a>'
    assert "\u2019" in c14n(parse_bytes(text.encode("cp1252")))


def test_xliff2_reader_refuses_entities_too(tmp_path):
    path = tmp_path / "x.xlf"
    path.write_text('<!DOCTYPE xliff [<!ENTITY a "b">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
                    'version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>&a;</source>'
                    '</segment></unit></file></xliff>')
    with pytest.raises(InputError, match="entities"):
        xliff2.read(str(path))


def test_a_syntax_error_names_its_line_once(tmp_path):
    """Issue 16: "line 27, line 27": the line is in front, lxml's own "line N, column M" is not repeated."""
    from qa_desk.errors import InputError
    from qa_desk.formats.xmlsafe import parse_bytes
    data = b'<?xml version="1.0"?>\n<xliff>\n<file>\n</fle>\n</xliff>\n'
    try:
        parse_bytes(data, "bad.xlf")
    except InputError as exc:
        text = str(exc)
    assert text.startswith("bad.xlf:4: not well-formed XML")
    assert text.count("line 4") == 0 and "column" in text
