"""A 20,000-segment document: the grid's work follows the screen, not the document."""

from qa_desk.app.grid import MARGIN_ROWS


def test_twenty_thousand_segments_fit_only_visible_rows(qapp, window, make_session):
    session = make_session(n_extra=20000)
    window.desk.set_session(session)
    window.show()
    qapp.processEvents()
    grid = window.grid
    visible = grid.viewport().height() // grid.verticalHeader().minimumSectionSize() + 1
    assert len(grid._fitted) <= visible + MARGIN_ROWS + 1, "rows fitted beyond the screen"
    bar = grid.verticalScrollBar()
    for fraction in (0.25, 0.5, 0.9):
        bar.setValue(int(bar.maximum() * fraction))
        measured = grid.fit_visible_rows()
        assert 0 < measured <= visible + MARGIN_ROWS + 1
    assert len(grid._fitted) < 200
    # the issue panel is filled without reading every row for column widths
    assert window.issues_dock.proxy.rowCount() == sum(1 for r in session.issues if r.status == "open")
