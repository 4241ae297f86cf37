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


def test_replace_words_keeps_a_code_between_two_changed_words():
    content = Content("Son père était enseignant.", [Code(STANDALONE, 4, "2", "x")])
    fixed = content.replace_words(0, 25, "Sa mère était enseignante")
    assert fixed.text == "Sa mère était enseignante."
    assert [c.pos for c in fixed.codes] == [3]  # still before the noun: "Sa <x/>mère"


def test_replace_words_with_another_shape_replaces_only_what_differs():
    content = Content("Le secrétaire adjoint Wendy Sherman", [Code(OPEN, 22, "1", "g"), Code(CLOSE, 35, "1", "g")])
    fixed = content.replace_words(0, 21, "La secrétaire d'État adjointe")
    assert fixed.text == "La secrétaire d'État adjointe Wendy Sherman"
    assert [c.pos for c in fixed.codes] == [30, 43]  # the name's pair moved with the text before it


def test_replace_words_is_replace_span_without_codes():
    content = Content("Il est parti lundi.")
    assert content.replace_words(0, 12, "Elle est partie").text == content.replace_span(0, 12, "Elle est partie").text
