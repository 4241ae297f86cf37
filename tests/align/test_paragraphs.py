from qa_desk.align.paragraphs import split_paragraphs


def _texts(raw):
    return [raw[a:b] for a, b in split_paragraphs(raw)]


def test_blank_lines_separate_and_spans_are_trimmed():
    raw = "  First para\nstill first.  \n\n\nSecond.\n \t \nThird\n"
    assert _texts(raw) == ["First para\nstill first.", "Second.", "Third"]
    for a, b in split_paragraphs(raw):
        assert not raw[a].isspace() and not raw[b - 1].isspace()


def test_crlf_and_whitespace_only_lines():
    raw = "One.\r\n\r\nTwo.\r\n   \r\nThree."
    assert _texts(raw) == ["One.", "Two.", "Three."]


def test_empty_and_blank_inputs():
    assert split_paragraphs("") == []
    assert split_paragraphs(" \n\n \t\n") == []


def test_single_newline_does_not_split():
    assert _texts("a\nb\nc") == ["a\nb\nc"]
