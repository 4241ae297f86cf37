"""Edits applied to Content keep inline codes; transplanted edits land where their context is."""
from qa_desk.model import CLOSE, OPEN, Code, Content
from qa_desk.review.textedit import changed_span, replay, transplant, with_text


class E:
    def __init__(self, id, before, after):
        self.id, self.before, self.after = id, before, after


def test_changed_span_finds_the_middle():
    assert changed_span("le chien dort", "le chat dort") == (5, 8, 7)
    assert changed_span("abc", "abc") == (3, 3, 3)
    assert changed_span("", "x") == (0, 0, 1)


def test_with_text_keeps_codes_outside_the_change():
    content = Content("le chien dort", [Code(OPEN, 0, "1", "g"), Code(CLOSE, 2, "1", "g"),
                                         Code(OPEN, 9, "2", "g"), Code(CLOSE, 13, "2", "g")])
    new = with_text(content, "le chat dort")
    assert new.text == "le chat dort"
    assert [c.pos for c in new.codes] == [0, 2, 8, 12]
    assert new.markup() == "<g1>le</g1> chat <g2>dort</g2>"


def test_transplant_onto_moved_text():
    # the edit was made after an earlier change at the start; replayed without it, it still lands
    assert transplant("Le chien dort ici.", "Le félin dort ici.", "Le félin dort là.") == "Le chien dort là."
    assert transplant("sans rapport", "Le chien dort.", "Le chat dort.") is None


def test_transplant_picks_the_occurrence_nearest_the_original_place():
    before = "un chat, un chat, un chat"
    after = "un chat, un chat, un chien"
    assert transplant("X un chat, un chat, un chat", before, after) == "X un chat, un chat, un chien"


def test_replay_applies_in_order_and_reports_misses():
    original = Content("Le chien dort dans la maison.")
    edits = [E(1, "Le chien dort dans la maison.", "Le chat dort dans la maison."),
             E(2, "Le chat dort dans la maison.", "Le chat dort dans la demeure."),
             E(3, "texte inconnu", "autre")]
    content, skipped = replay(original, edits)
    assert content.text == "Le chat dort dans la demeure."
    assert skipped == [3]
    content, _ = replay(original, [edits[1]])  # the second alone, on the text as read
    assert content.text == "Le chien dort dans la demeure."
