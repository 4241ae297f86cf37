"""Mechanics: repeated words, spaces, brackets, inline codes and placeholders."""
from pathlib import Path

from qa_desk.engine import apply_suggestions, load_document, run_checks
from qa_desk.model import CLOSE, OPEN, STANDALONE, BilingualDocument, Code, Content, Segment

DATA = Path(__file__).resolve().parent.parent / "data" / "battery_b"


def doc(*pairs):
    segs = []
    for n, (s, t) in enumerate(pairs, 1):
        segs.append(Segment(f"s{n}", s if isinstance(s, Content) else Content(s),
                            t if isinstance(t, Content) else Content(t)))
    return BilingualDocument(segs)


def issues(document, check, settings=None):
    return run_checks(document, check, settings or {}).issues


def test_repeated_word_flagged_and_fixed():
    d = doc(("He said the minister", "Il a dit que le le ministre"), ("x", "Le le ministre"))
    found = issues(d, "repeated-word")
    assert [(i.segment, i.text) for i in found] == [("s1", "le le"), ("s2", "Le le")]
    apply_suggestions(d, found)
    assert d.segments[0].target_text == "Il a dit que le ministre"


def test_repeated_word_legitimate_repetitions():
    d = doc(("We met", "Nous nous sommes vus"), ("You are wrong", "Vous vous trompez"),
            ("de Villepin's policy", "la politique de de Villepin"),
            ("Duran Duran played", "Duran Duran a joué"), ("x", "la la la, chantaient-ils"),
            ("never, never", "jamais, jamais"), ("l'a a", "l'appel a abouti"))
    assert issues(d, "repeated-word") == []


def test_repeated_word_profile_exception():
    d = doc(("very very", "très très grand"))
    assert len(issues(d, "repeated-word")) == 1
    assert issues(d, "repeated-word", {"exceptions": {"repeated-word": ["très très"]}}) == []


def test_double_space():
    d = doc(("the minister", "le  ministre"), ("x", "le \u00a0ministre"), ("x", "le ministre"))
    found = issues(d, "double-space")
    assert [(i.segment, i.suggestions) for i in found] == [("s1", [" "]), ("s2", ["\u00a0"])]


def test_whitespace_differs_from_source():
    d = doc(("Talks ended. ", "Les pourparlers ont pris fin."), (" Then", " Puis"), ("Then", "Puis "))
    found = issues(d, "whitespace")
    assert [(i.segment, i.start, i.end, i.suggestions) for i in found] == [
        ("s1", 29, 29, [" "]), ("s3", 4, 5, [""])]


def test_brackets_unbalanced_in_target_only():
    d = doc(("the forces (INF) in Europe", "les forces (FNI en Europe"),
            ("a) first b) second", "a) d'abord b) ensuite"),
            ("He said: (this is open", "Il a dit : (c'est ouvert"),
            ('"We will', "« Nous allons"),
            ("said [sic]", "a dit ]"),
            ('"We will," he said', '"Nous allons, a-t-il dit'))
    found = issues(d, "brackets")
    assert [(i.segment, i.text) for i in found] == [("s1", "("), ("s5", "]"), ("s6", '"')]


def test_tags_missing_extra_and_nesting():
    source = Content("The minister said no.", [Code(OPEN, 4, "1", "pc"), Code(CLOSE, 12, "1", "pc"),
                                               Code(STANDALONE, 17, "2", "ph")])
    missing = Content("Le ministre a dit non.", [Code(STANDALONE, 17, "2", "ph")])
    extra = Content("Le ministre a dit non.", [Code(OPEN, 3, "1", "pc"), Code(CLOSE, 11, "1", "pc"),
                                               Code(STANDALONE, 17, "2", "ph"), Code(STANDALONE, 21, "9", "ph")])
    broken = Content("Le ministre a dit non.", [Code(CLOSE, 3, "1", "pc"), Code(OPEN, 11, "1", "pc"),
                                                Code(STANDALONE, 17, "2", "ph")])
    same = Content("Le ministre a dit non.", [Code(OPEN, 3, "1", "pc"), Code(CLOSE, 11, "1", "pc"),
                                              Code(STANDALONE, 17, "2", "ph")])
    d = doc((source, missing), (source.copy(), extra), (source.copy(), broken), (source.copy(), same))
    found = issues(d, "tags")
    assert [(i.segment, i.side, i.severity) for i in found] == [
        ("s1", "source", "major"), ("s2", "target", "major"), ("s3", "target", "major")]
    assert "<pc1>" in found[0].message and "<ph9/>" in found[1].message


def test_tags_reorder_only_where_the_source_forbids_it():
    d = load_document([str(DATA / "reorder21.xlf")])
    found = issues(d, "tags")
    by_segment = {}
    for issue in found:
        by_segment.setdefault(issue.segment, []).append(issue.message)
    assert len(by_segment.pop("u1/s1")) == 1  # reordered although canReorder="no"
    u3 = by_segment.pop("u3/s1")
    assert any("<pc1>" in m and "missing" in m for m in u3) and any("<ph3/>" in m for m in u3)
    assert by_segment == {}  # u2 may reorder


def test_placeholders_on_one_side():
    d = doc(("Hello {name}, you have %d new messages", "Bonjour, vous avez %d nouveaux messages"),
            ("Total: {0}", "Total : {0} {1}"), ("{{user}} left", "{{user}} est parti"),
            ("up 5% since", "en hausse de 5 % depuis"))
    found = issues(d, "placeholders")
    assert [(i.segment, i.side, i.text) for i in found] == [("s1", "source", "{name}"), ("s2", "target", "{1}")]


def test_seed_pair_has_no_mechanical_slips(seed_pair):
    """The seed's target has no doubled word, stray space, broken bracket or code: nothing to flag."""
    d = load_document([str(p) for p in seed_pair])
    assert issues(d, "repeated-word,double-space,whitespace,brackets,tags,placeholders") == []


def test_tags_tell_paired_standalone_codes_apart_by_name():
    source = Content("Open span now.", [Code(STANDALONE, 5, "3", "sc"), Code(STANDALONE, 9, "3", "ec")])
    target = Content("Ouvrir portée maintenant.", [Code(STANDALONE, 7, "3", "sc")])
    found = issues(doc((source, target)), "tags")
    assert len(found) == 1 and "<ec3/>" in found[0].message


def test_unbalanced_brackets_and_list_marks():
    """A ")" after one or two letters or digits that start the text or follow a space is a list mark
    ("a)", "12)"), also with a line break between; anything longer closes nothing."""
    from qa_desk.checks.mechanics import _unbalanced
    assert _unbalanced("a) first b) second") == {}
    assert _unbalanced("step 12) next") == {}
    assert _unbalanced("x ab\n) y") == {}
    assert _unbalanced("abc) x") == {"(": [3]}
    assert _unbalanced("x abc\n) y") == {"(": [6]}
    assert _unbalanced("« (un [deux) »") == {"[": [6]}  # each kind its own stack
    assert _unbalanced("x] (y") == {"(": [3], "[": [1]}
