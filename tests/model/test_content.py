from qa_desk.model import CLOSE, OPEN, STANDALONE, Code, Content


def _content():
    # "Hello <g1>big</g1> world<x2/>"
    return Content("Hello big world", [Code(OPEN, 6, "1", "g"), Code(CLOSE, 9, "1", "g"),
                                        Code(STANDALONE, 15, "2", "x")])


def test_markup_and_offsets_round_trip():
    c = _content()
    assert c.markup() == "Hello <g1>big</g1> world<x2/>"
    for plain in range(len(c.text) + 1):
        assert c.markup_to_plain(c.plain_to_markup(plain)) == plain
    assert c.markup()[c.plain_to_markup(6):].startswith("big")


def test_markup_offset_inside_label_maps_to_code_position():
    c = _content()
    assert c.markup_to_plain(7) == 6  # inside "<g1>"


def test_replace_span_keeps_codes():
    c = _content().replace_span(6, 9, "large")
    assert c.text == "Hello large world"
    assert c.markup() == "Hello <g1>large</g1> world<x2/>"
    assert c.paired_ok()


def test_replace_span_covering_codes_keeps_them():
    c = _content().replace_span(4, 12, "!")
    assert len(c.codes) == 3 and c.paired_ok()
    assert c.text == "Hell!rld"


def test_unpaired_detected():
    assert not Content("ab", [Code(CLOSE, 1, "1", "g")]).paired_ok()
