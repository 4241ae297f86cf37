"""Schema validation uses local schema copies only and reports one line per error."""
import socket

import pytest

from qa_desk.formats import validate as validate_module
from qa_desk.formats.validate import load_schema, validate


def test_schemas_compile_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    load_schema.cache_clear()
    for version in ("1.2", "1.2-strict", "2.0", "2.1", "2.2"):
        assert load_schema(version) is not None


def test_errors_carry_line_numbers(tmp_path):
    path = tmp_path / "bad.xlf"
    path.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n'
                    '<file id="f1">\n<unit id="u1">\n<segment state="nonsense"><source>x</source></segment>\n'
                    '</unit></file></xliff>')
    errors = validate(str(path))
    assert errors and errors[0].startswith("line 4:") and "state" in errors[0]


def test_xliff12_strict_rejects_what_transitional_allows(tmp_path):
    path = tmp_path / "ext.xlf"
    path.write_text('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:t="urn:tool" '
                    't:x="1"><file original="a" source-language="en" datatype="plaintext"><body>'
                    '<trans-unit id="1"><source>x</source></trans-unit></body></file></xliff>')
    assert validate(str(path), "1.2") == []
    assert validate(str(path), "1.2-strict") != []


def test_not_xliff_and_unknown_version(tmp_path):
    path = tmp_path / "x.xml"
    path.write_text("<other/>")
    assert "not an XLIFF" in validate(str(path))[0]
    with pytest.raises(Exception, match="no schema"):
        validate_module.load_schema("3.0")
