"""Long single calls split into pieces (a worker holding the GIL in one call stalls the GUI thread):
each piecewise path gives exactly what the single call gave."""
import json

from qa_desk.model import Issue, Occurrence
from qa_desk.review import records, text_index
from qa_desk.review.project import Project
from qa_desk.review.session_types import IssueRecord


def test_text_keys_folded_chunk_by_chunk_equal_one_text_at_a_time(monkeypatch):
    monkeypatch.setattr(text_index, "CHUNK", 3)
    texts = ["plain", "Straße", "ſtraße ΣΊΣΥΦΟΣ", "µ micro", "", "İstanbul", "ok", "ok", "KELVIN \u212a", "x"]
    assert text_index.keys(texts) == [text_index.key(t) for t in texts]
    assert text_index.keys(texts)[2] != texts[2].lower(), "the fold applies in a later chunk too"


def test_a_big_stored_file_is_written_in_pieces_and_reads_back(monkeypatch):
    monkeypatch.setattr(Project, "BLOB_PIECE", 7)
    project = Project(None)
    data = bytes(range(256)) * 3 + b"end"
    doc_id = project.add_document(["/tmp/big.xlf"], "xliff2", None, None, files=[("/tmp/big.xlf", "big.xlf", data)])
    assert project.files(doc_id)[0][2] == data
    sha = project.conn.execute("SELECT sha256 FROM files WHERE document = ?", (doc_id,)).fetchone()[0]
    import hashlib
    assert sha == hashlib.sha256(data).hexdigest()
    project.close()


def test_a_document_wide_issue_with_many_places_is_stored_as_json_dumps_would(monkeypatch):
    places = [Occurrence(str(n), 0, 2, "Il", "Elle \"é\"") for n in range(records.BIG_ISSUE * 5 + 3)]  # pieces
    issue = Issue("1", "pronoun", "minor", 0, 2, "Il", "Pronoun throughout.", ["Elle"], rule="habit",
                  scope="document", occurrences=places)
    data = issue.to_json()
    assert records._dumps(data) == json.dumps(data)
    project = Project(None)
    with project.transaction() as conn:
        records.replace_issues(conn, 1, [IssueRecord(issue)])
    (back,) = records.load_issues(project.conn, 1)
    assert back.issue.occurrences == places and back.issue.signature == issue.signature
    project.close()


def test_the_texts_are_searched_piece_by_piece_and_only_a_changed_piece_is_joined_again(monkeypatch):
    from qa_desk.model import Content

    monkeypatch.setattr(text_index, "CHUNK", 3)
    texts = ["Le vote", "la VOTATION", "rien", "vote", "", "x", "devote", "non", "Vote!", "fin"]
    contents = [Content(t) for t in texts]
    side = text_index._Side()
    side.refresh(contents)
    assert len(side.pieces) == 4 and all("\n".join(side.keys).find(p) >= 0 for p in side.pieces)
    assert side.find_all("vot") == [n for n, t in enumerate(texts) if "vot" in t.lower()]
    untouched = side.pieces[0]
    contents[7] = Content("un VOTE")
    side.refresh(list(contents))
    assert side.pieces[0] is untouched, "a piece none of whose texts changed is kept"
    assert side.find_all("vote") == [0, 3, 6, 7, 8]
    assert side.find_all("fin") == [9] and side.find_all("absent") == []
