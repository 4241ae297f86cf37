"""Menus and shortcuts: every action reachable by keyboard, listed in Help > Keyboard shortcuts."""
from __future__ import annotations

from functools import partial

from . import files
from .preferences import PreferencesDialog
from .qt import QAction, QKeySequence, QMenu
from .i18n import tr




def _action(window, actions: dict, key: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(key)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    actions[key] = action
    return action


def build(window) -> dict:
    actions: dict = {}
    a = partial(_action, window, actions)
    window.refresh_file_menus = partial(_refresh_file_menus, window)  # called by files after open/save
    bar = window.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(a("open", tr("&Open…"), lambda: files.open_dialog(window), QKeySequence.Open,
                          tr("Open a bilingual file, or a source and a target text")))
    file_menu.addAction(a("open_project", tr("Open &project…"), lambda: files.open_project_dialog(window),
                          "Ctrl+Shift+O"))
    file_menu.addAction(a("new_project", tr("&New project…"), lambda: files.new_project_dialog(window),
                          QKeySequence.New, tr("Create a project file; decisions are saved as they are made")))
    file_menu.addAction(a("save_project", tr("&Save project…"), lambda: files.save_project(window), QKeySequence.Save,
                          tr("Keep the review in a project file (decisions are saved as they are made)")))
    window.recent_menu = file_menu.addMenu(tr("&Recent files"))
    file_menu.addSeparator()
    window.documents_menu = file_menu.addMenu(tr("Project &documents"))
    file_menu.addAction(a("add_document", tr("&Add document to project…"), lambda: files.add_document_dialog(window),
                          None, tr("Read another file or text pair into the open project")))
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(tr("&Export corrected"))
    export_menu.addAction(a("export_xliff12", tr("XLIFF &1.2…"), lambda: files.export_dialog(window, "xliff12")))
    export_menu.addAction(a("export_xliff2", tr("XLIFF &2.1…"), lambda: files.export_dialog(window, "xliff2"),
                            "Ctrl+Shift+E"))
    export_menu.addAction(a("export_text", tr("&Plain text…"), lambda: files.export_dialog(window, "text")))
    report_menu = file_menu.addMenu(tr("Export QA &report"))
    report_menu.addAction(a("report_html", tr("&HTML…"), lambda: files.report_dialog(window, "html"), "Ctrl+R"))
    report_menu.addAction(a("report_csv", tr("&CSV…"), lambda: files.report_dialog(window, "csv")))
    report_menu.addAction(a("report_xlsx", tr("&Excel workbook…"), lambda: files.report_dialog(window, "xlsx")))
    file_menu.addSeparator()
    file_menu.addAction(a("quit", tr("&Quit"), window.close, QKeySequence.Quit))

    edit_menu = bar.addMenu(tr("&Edit"))
    stack = window.desk.undo_stack
    undo = a("undo", tr("&Undo"), lambda: _undo(window, True), QKeySequence.Undo)
    redo = a("redo", tr("&Redo"), lambda: _undo(window, False), [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.setEnabled(False)
    redo.setEnabled(False)
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    stack.undoTextChanged.connect(lambda text: undo.setText(tr("&Undo %1").replace("%1", text) if text else tr("&Undo")))
    stack.redoTextChanged.connect(lambda text: redo.setText(tr("&Redo %1").replace("%1", text) if text else tr("&Redo")))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(a("edit_target", tr("&Edit target"), window.edit_target, "F2"))
    edit_menu.addAction(a("apply_suggestion", tr("&Apply first suggestion"), window.apply_first_suggestion,
                          [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]))
    edit_menu.addAction(a("apply_all", tr("Apply to all identical / &Fix all"), window.apply_to_all,
                          [QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter")],
                          tr("Apply the suggestion to every identical open issue, or fix a document-wide issue "
                             "everywhere, in one undo step")))
    edit_menu.addAction(a("ignore", tr("&Ignore issue…"), window.ignore_current, "Ctrl+I",
                          tr("Mark the selected issue as a false positive")))
    edit_menu.addAction(a("reopen_issue", tr("Re&open issue"), window.reopen_current, "Ctrl+Shift+I",
                          tr("Open an ignored or fixed issue again")))
    edit_menu.addSeparator()
    edit_menu.addAction(a("find_replace", tr("Find and &replace…"), window.show_find_replace, "Ctrl+H",
                          tr("Replace text across the targets (regular expression, case, whole word), one undo step")))
    edit_menu.addAction(a("propagate", tr("&Propagate to repetitions"), window.propagate_current, "Ctrl+Shift+P",
                          tr("Write this segment's target into every segment with the same source")))
    align_menu = edit_menu.addMenu(tr("A&lignment"))
    align_menu.addAction(a("merge_segments", tr("&Merge with next segment"), window.merge_current, "Ctrl+M",
                           tr("Join this segment's source and target with the next segment's")))
    align_menu.addAction(a("split_segment", tr("&Split segment…"), window.split_current, "Ctrl+Shift+M"))
    for key, label, side, direction, shortcut in (
            ("target_up", tr("Move &target to previous segment"), "target", -1, "Alt+Shift+Up"),
            ("target_down", tr("Move target to &next segment"), "target", 1, "Alt+Shift+Down"),
            ("source_up", tr("Move s&ource to previous segment"), "source", -1, None),
            ("source_down", tr("Move so&urce to next segment"), "source", 1, None)):
        align_menu.addAction(a(key, label, partial(window.relink_current, side, direction), shortcut))
    edit_menu.addSeparator()
    edit_menu.addAction(a("preferences", tr("&Preferences…"), lambda: open_preferences(window),
                          QKeySequence("Ctrl+,")))

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addAction(a("next_issue", tr("&Next issue"), lambda: window.next_issue(True), "F8"))
    view_menu.addAction(a("previous_issue", tr("&Previous issue"), lambda: window.next_issue(False), "Shift+F8"))
    view_menu.addAction(a("next_change", tr("Next &change"), lambda: window.next_change(True), "F9"))
    view_menu.addAction(a("previous_change", tr("Previous c&hange"), lambda: window.next_change(False), "Shift+F9"))
    view_menu.addSeparator()
    show_menu = view_menu.addMenu(tr("&Show segments"))
    for key, label, show, shortcut in (("show_all", tr("&All"), "all", "Ctrl+Alt+0"),
                                       ("show_open", tr("With &open issues"), "issues", "Ctrl+Alt+I"),
                                       ("show_pending", tr("With &pending changes"), "pending", "Ctrl+Alt+P"),
                                       ("show_edited", tr("&Edited"), "edited", "Ctrl+Alt+E")):
        show_menu.addAction(a(key, label, partial(window.filter_bar.set_filter, show=show), shortcut))
    view_menu.addAction(a("search_grid", tr("Searc&h the grid"), lambda: (window.filter_bar.search_edit.setFocus(),
                                                                         window.filter_bar.search_edit.selectAll()),
                          QKeySequence.Find))
    view_menu.addSeparator()
    for key, dock, shortcut in (("show_issues", window.issues_dock, "Ctrl+1"),
                                ("show_people", window.people_dock, "Ctrl+2"),
                                ("show_audit", window.audit_dock, "Ctrl+3"),
                                ("show_changes", window.changes_dock, "Ctrl+4")):
        toggle = dock.toggleViewAction()
        toggle.setObjectName(key)
        toggle.setShortcut(QKeySequence(shortcut))
        actions[key] = toggle
        view_menu.addAction(toggle)

    review_menu = bar.addMenu(tr("&Review"))
    mode = a("editor_mode", tr("&Editor mode (tracked changes)"), lambda: None, "Ctrl+E")
    mode.setCheckable(True)
    mode.toggled.connect(window.set_editor_mode)
    review_menu.addAction(mode)
    review_menu.addSeparator()
    review_menu.addAction(a("accept_change", tr("&Accept change"), lambda: window.decide_current("accepted"),
                            "Ctrl+Shift+A"))
    review_menu.addAction(a("reject_change", tr("Re&ject change"), lambda: window.decide_current("rejected"),
                            "Ctrl+Shift+J"))
    for key, label, decision in (("accept_all_menu", tr("Accept all of check"), "accepted"),
                                 ("reject_all_menu", tr("Reject all of check"), "rejected")):
        sub = review_menu.addMenu(label)
        sub.aboutToShow.connect(partial(_fill_decide_all, window, sub, decision))
        actions[key] = sub.menuAction()
    review_menu.addSeparator()
    state_menu = review_menu.addMenu(tr("Segment &state"))
    for n, (state, label) in enumerate((("initial", tr("&Draft")), ("translated", tr("&Translated")),
                                        ("reviewed", tr("&Reviewed")), ("final", tr("&Signed off"))), 1):
        state_menu.addAction(a(f"state_{state}", label, partial(window.set_state_current, state), f"Ctrl+Alt+{n}"))
    review_menu.addSeparator()
    review_menu.addAction(actions["show_changes"])
    review_menu.addAction(actions["show_audit"])

    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(a("shortcuts", tr("&Keyboard shortcuts"), window.show_shortcuts, QKeySequence.HelpContents))
    help_menu.addAction(a("about", tr("&About qa-desk"), window.show_about))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    fill_recent(window)
    return actions


def _undo(window, back: bool) -> None:
    """Undo / redo; while checks run on a worker (the session is theirs until they finish), it waits
    for them and runs then, in the order asked."""
    stack = window.desk.undo_stack
    if window.desk.defer(stack.undo if back else stack.redo,
                         tr("Undo waits for the re-check to finish.") if back else
                         tr("Redo waits for the re-check to finish.")):
        return
    if window.desk.busy:  # a document is being opened and checked: its session is the worker's
        window.show_error(tr("Checks are still running; try again when they finish."))
        return
    (stack.undo if back else stack.redo)()


def _fill_decide_all(window, menu: QMenu, decision: str) -> None:
    menu.clear()
    checks = window.desk.edit_checks()
    if not checks:
        none = menu.addAction(tr("(no pending change)"))
        none.setEnabled(False)
        return
    for check in checks:
        label = tr("hand edits") if check == "manual" else check
        menu.addAction(label).triggered.connect(
            lambda _=False, c=check: window.desk.decide_all(c, decision))
    menu.addSeparator()
    menu.addAction(tr("every check")).triggered.connect(lambda _=False: window.desk.decide_all("all", decision))


def _refresh_file_menus(window) -> None:
    fill_recent(window)
    if hasattr(window, "documents_menu"):
        fill_documents(window)


def fill_documents(window) -> None:
    """The open project's documents; the one on screen is checked, the others switch to."""
    menu = window.documents_menu
    menu.clear()
    session = window.desk.session
    project = files.project_path_of(session)
    documents = session.documents() if project else []
    for n, doc in enumerate(documents, 1):
        label = " + ".join(files.display_name(p) for p in doc["paths"]) or f"#{doc['id']}"
        action = menu.addAction(f"&{n % 10} {label}")
        action.setCheckable(True)
        action.setChecked(doc["id"] == session.doc_id)
        action.setToolTip("\n".join(doc["paths"]))
        action.triggered.connect(lambda _=False, d=doc["id"]: files.switch_document(window, d))
    menu.setEnabled(len(documents) > 1)
    if "add_document" in window.actions:
        window.actions["add_document"].setEnabled(bool(project))


def fill_recent(window) -> None:
    menu = window.recent_menu
    menu.clear()
    entries = window.prefs.recent_files()
    for n, paths in enumerate(entries, 1):
        label = " + ".join(files.display_name(p) for p in paths)
        action = menu.addAction(f"&{n % 10} {label}")
        action.setToolTip("\n".join(paths))
        action.triggered.connect(lambda _=False, p=paths: files.open_paths(window, p))
    if entries:
        menu.addSeparator()
        menu.addAction(tr("&Clear list")).triggered.connect(lambda: (window.prefs.clear_recent(), fill_recent(window)))
    menu.setEnabled(bool(entries))


def open_preferences(window) -> None:
    dialog = PreferencesDialog(window.prefs, window)
    old_role = window.prefs.role
    if dialog.exec():
        if window.prefs.role != old_role:
            window.set_editor_mode(window.prefs.role == "editor")
        window._update_status()


def shortcut_list(window) -> list[tuple[str, str]]:
    """(keys, action text) for every action with a shortcut, in menu order."""
    rows = []
    seen = set()
    for action in window.actions.values():
        keys = ", ".join(s.toString(QKeySequence.NativeText) for s in action.shortcuts() if not s.isEmpty())
        if keys and action.objectName() not in seen:
            seen.add(action.objectName())
            rows.append((keys, action.text().replace("&", "").rstrip("…")))
    rows.append(("F2 / Enter", tr("Edit the target in the grid; Enter commits, Escape cancels")))
    rows.append((tr("Click"), tr("A click on an underlined span selects that issue")))
    rows.append(("Tab", tr("Move between the grid and the panels")))
    return rows
