"""A bilingual file with nothing in it is an error, not a clean report."""
import pytest

from qa_desk.errors import InputError
from qa_desk.formats import read_bilingual

EMPTY_BODY = ('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" '
              'source-language="en" datatype="plaintext"><body>\n<group id="g"/>\n</body></file></xliff>')


def test_xliff_without_units_is_refused(tmp_path):
    path = tmp_path / "none.xlf"
    path.write_text(EMPTY_BODY, encoding="utf-8")
    with pytest.raises(InputError, match="no translation units"):
        read_bilingual(path)


def test_empty_file_says_so(tmp_path):
    path = tmp_path / "empty.xlf"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty file"):
        read_bilingual(path)
