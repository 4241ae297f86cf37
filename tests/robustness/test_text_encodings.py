"""Plain text that is not UTF-8/UTF-16 text: UTF-32 and NUL bytes are refused with one line."""
import pytest

from qa_desk.errors import InputError
from qa_desk.formats.text import decode_text


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-be"])
def test_utf32_text_is_refused_not_read_as_utf16(codec):
    data = "Le président a signé.\n".encode(codec)
    if codec == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    with pytest.raises(InputError, match="UTF-32"):
        decode_text(data, "t.txt")


def test_nul_after_the_first_block_is_refused_with_its_line():
    data = ("Une ligne.\n" * 1000 + "bin\x00aire\n").encode("utf-8")
    with pytest.raises(InputError, match="NUL") as info:
        decode_text(data, "t.txt")
    assert info.value.line == 1001


def test_nul_in_utf16_text_is_refused():
    with pytest.raises(InputError, match="NUL"):
        decode_text("Une\x00ligne.\n".encode("utf-16"), "t.txt")
