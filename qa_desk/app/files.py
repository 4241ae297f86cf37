"""Opening and projects: the File menu's work, kept out of the window class (export and reports:
exporting.py; window geometry and the questions asked: window_state.py, both re-exported here).

Opening always runs in a background job (never a frozen window); the
current document stays on screen until the new one is ready, so a bad file
costs nothing but a one-line message.
"""
from __future__ import annotations

import os
from pathlib import Path

from .qt import QT_TRANSLATE_NOOP, QFileDialog, is_alive
from .i18n import number, tr
from .workers import OpenJob, PreloadJob, pool
from .exporting import (EXPORTS, REPORT_FILTERS, confirm_pending, export_dialog,  # noqa: F401 - re-exported
                        export_document, export_report, report_dialog)
from .window_state import (MIN_GRID_SHARE, ask, fit_on_screen, keep_grid_wide,  # noqa: F401 - re-exported
                           restore_window, save_window)

PROJECT_SUFFIX = ".qadesk"
OPEN_FILTER = QT_TRANSLATE_NOOP("", "Bilingual or text files (*.xlf *.xliff *.sdlxliff *.mqxliff *.tmx *.txt);;"
                                    "All files (*)")


def display_name(path: str) -> str:
    return Path(path).name if path else ""


def dropped_paths(mime) -> list[str]:
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and os.path.isfile(url.toLocalFile())]


def project_path_of(session) -> str | None:
    project = getattr(session, "project", None) if session is not None else None
    if project is None or getattr(project, "in_memory", False):
        return None
    return str(getattr(project, "path", "") or "") or None


# -- opening --------------------------------------------------------------------------------
def open_dialog(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(
        window, tr("Open a bilingual file, or a source and a target text"), _last_dir(window), tr(OPEN_FILTER))
    if paths:
        open_paths(window, paths)


def open_project_dialog(window) -> None:
    path, _ = QFileDialog.getOpenFileName(window, tr("Open project"), _last_dir(window),
                                          tr("qa-desk projects (*.qadesk)"))
    if path:
        open_project(window, path)


def new_project_dialog(window) -> None:
    """Create a project file; the open document moves into it, else the user picks files for it."""
    path, _ = QFileDialog.getSaveFileName(window, tr("New project"), _last_dir(window),
                                          tr("qa-desk projects (*.qadesk)"))
    if not path:
        return
    if not path.endswith(PROJECT_SUFFIX):
        path += PROJECT_SUFFIX
    if window.desk.session is not None:
        save_as_project(window, path)
        return
    paths, _ = QFileDialog.getOpenFileNames(window, tr("Add a document to the project"), _last_dir(window),
                                            tr(OPEN_FILTER))
    if paths:
        open_paths(window, paths, project=path)


def save_as_project(window, path: str) -> bool:
    """Copy the review into a project file now (True), or, while a re-check runs, once it is in
    (False now: the copy would miss what the worker still writes)."""
    session = window.desk.session
    if session is None:
        return False
    if window.desk.defer(lambda: save_as_project(window, path) and window._update_title(),
                         tr("Saving waits for the re-check to finish.")):
        return False
    try:
        session.save_as(path)
    except Exception as exc:  # noqa: BLE001
        window.desk.report_error(exc)
        return False
    window.prefs.add_recent([path])
    menus_refresh(window)
    window.statusBar().showMessage(tr("Saved as project %1; every decision is now saved as it is made.")
                                   .replace("%1", display_name(path)), 8000)
    return True


def open_paths(window, paths: list[str], project: str | None = None) -> bool:
    """1 bilingual file, SOURCE TARGET text files, or one .qadesk project.

    A review with edits that is in no project yet is offered a project file first (nothing lost)."""
    paths = [str(p) for p in paths]
    if window.desk.defer(lambda: open_paths(window, paths, project), tr("Opening waits for the re-check to finish.")):
        return False  # the open document's re-check first: closing it now would lose it
    if not ask_save_in_memory(window):
        return False
    if len(paths) == 1 and paths[0].endswith(PROJECT_SUFFIX):
        return open_project(window, paths[0])
    if len(paths) not in (1, 2):
        window.show_error(tr("Open one bilingual file, or a source and a target text file."))
        return False
    if len(paths) == 2:
        paths = order_pair(paths)
    job = OpenJob(paths=paths, project=project, user=window.prefs.user, profile=window.prefs.house_style)
    return start_job(window, job, paths if project is None else [project])


def order_pair(paths: list[str]) -> list[str]:
    """SOURCE then TARGET: a file named *.en.* (or *_en.*) goes first; otherwise keep the order given."""
    def looks_english(path: str) -> bool:
        stem = Path(path).name.lower()
        return ".en." in stem or "_en." in stem or "-en." in stem
    first, second = paths
    if looks_english(second) and not looks_english(first):
        return [second, first]
    return paths


def open_project(window, path: str) -> bool:
    if window.desk.defer(lambda: open_project(window, path), tr("Opening waits for the re-check to finish.")):
        return False
    if not ask_save_in_memory(window):
        return False
    if project_path_of(window.desk.session) == os.path.abspath(path):
        window.desk.set_session(None)  # release our own lock before reopening
    return start_job(window, OpenJob(project=path, user=window.prefs.user), [path])


# -- projects with several documents ------------------------------------------------------
def switch_document(window, doc_id: int) -> bool:
    """Show another document of the open project, with its decisions (the project stays open)."""
    session = window.desk.session
    if session is None or window.job is not None or window.desk.busy:
        return False
    if doc_id == session.doc_id:
        return True
    try:
        other = session.switch_to(doc_id)
    except Exception as exc:  # noqa: BLE001 - one line, the current document stays
        window.desk.report_error(exc)
        return False
    window.desk.set_session(other)
    menus_refresh(window)
    names = next((" + ".join(display_name(p) for p in d["paths"]) for d in other.documents() if d["id"] == doc_id),
                 str(doc_id))
    window.statusBar().showMessage(tr("Showing %1.").replace("%1", names), 5000)
    return True


def add_document_dialog(window) -> None:
    if not project_path_of(window.desk.session):
        window.show_error(tr("Open or create a project first: documents are added to a project."))
        return
    paths, _ = QFileDialog.getOpenFileNames(window, tr("Add a document to the project"), _last_dir(window),
                                            tr(OPEN_FILTER))
    if paths:
        add_to_project(window, paths)


def add_to_project(window, paths: list[str]) -> bool:
    """Read a file (or a text pair) into the open project and show it; if it cannot be read, the
    project opens again as it was (nothing is lost: every decision is already in it)."""
    project = project_path_of(window.desk.session)
    if not project or len(paths) not in (1, 2) or window.job is not None:
        window.show_error(tr("Open one bilingual file, or a source and a target text file."))
        return False
    paths = order_pair([str(p) for p in paths]) if len(paths) == 2 else [str(paths[0])]
    window.desk.set_session(None)  # the job opens the project itself: release our lock first
    job = OpenJob(paths=paths, project=project, user=window.prefs.user, profile=window.prefs.house_style)
    job.fallback_project = project
    return start_job(window, job, [project])


def start_job(window, job: OpenJob, recent: list[str]) -> bool:
    if window.job is not None:
        window.show_error(tr("A document is still loading; cancel it first."))
        return False
    window.job = job
    window.set_busy(tr("Reading %1…").replace("%1", ", ".join(display_name(p) for p in recent)))
    job.signals.previewReady.connect(lambda document: _alive(window) and _preview_ready(window, job, document))
    job.signals.documentReady.connect(lambda session: _alive(window, session) and _document_ready(window, job, session))
    job.signals.progress.connect(lambda step, _pct: _alive(window) and _progress(window, step))
    job.signals.finished.connect(lambda session, seconds: _alive(window, session)
                                 and _finished(window, job, session, seconds, recent))
    job.signals.failed.connect(lambda message: _alive(window) and _failed(window, job, message))
    job.signals.cancelled.connect(lambda: _alive(window) and _cancelled(window, job))
    pool().start(job)
    return True


def _alive(window, session=None) -> bool:
    """A job may finish after its window closed: then its session is closed and nothing is shown."""
    if is_alive(window):
        return True
    if session is not None:
        try:
            session.close()
        except Exception:  # noqa: BLE001
            pass
    return False


def _progress(window, step: str) -> None:
    if window.job is not None:
        labels = {"reading": tr("Reading and aligning…"), "checking": tr("Checking…")}
        window.status_label.setText(labels.get(step, step))


def _preview_ready(window, job, document) -> None:
    """Phase zero: the file's first rows, streamed, while the worker reads and validates it all."""
    if window.job is not job:
        return
    window.desk.show_preview(document)
    window.grid.delegate.clear_cache()
    window.set_busy(tr("Reading %1… the first %n segment(s) are shown.", "", len(document.segments))
                    .replace("%1", display_name(document.path)))


def _document_ready(window, job, session) -> None:
    """Phase one: the text is read; show it while the checks run (edits wait)."""
    window.desk.set_session(session, job.order)
    window.set_busy(tr("Checking %1 segments…").replace("%1", number(len(session.document.segments))))


def _finished(window, job, session, seconds: float, recent: list[str]) -> None:
    if window.job is not job:
        return
    window.job = None
    window.set_busy(None)
    if window.desk.session is session:
        window.desk.refresh_all(job.prepared)
        job.prepared = job.order = None  # Qt's connections keep the job: not the look-ups too
    else:
        window.desk.set_session(session)
    window.prefs.add_recent(recent)
    menus_refresh(window)
    window.statusBar().showMessage(tr("Loaded and checked in %1 s.").replace("%1", number(seconds, 1)), 8000)
    window.loaded.emit(True)


def _failed(window, job, message: str) -> None:
    if window.job is not job:
        return
    window.job = None
    window.desk.end_preview()
    window.set_busy(None)
    window._update_status()
    window.show_error(message)
    window.loaded.emit(False)
    fallback = job.fallback_project
    if fallback and window.desk.session is None:
        open_project(window, fallback)  # adding failed: the project as it was


def _cancelled(window, job) -> None:
    if window.job is job:
        window.job = None
    window.desk.end_preview()
    if window.desk.busy or (window.desk.session is not None and not window.desk.session.issues):
        window.desk.set_session(None)
    window.set_busy(None)
    window.status_label.setText(tr("Loading cancelled."))
    window.loaded.emit(False)


def preload_model() -> PreloadJob:
    job = PreloadJob()
    pool().start(job)
    return job


# -- keeping a review: Save project --------------------------------------------------------
def _last_dir(window) -> str:
    recent = window.prefs.recent_files()
    return str(Path(recent[0][0]).parent) if recent else str(Path.home())



def ask_save_in_memory(window) -> bool:
    """Before closing or opening another document: an in-memory review with edits is offered a
    project file. False = stop (nothing is lost)."""
    session = window.desk.session
    if session is None or project_path_of(session) or not session.edits:
        return True
    answer = ask(window, "keep_review", tr("Keep this review?"),
                 tr("This review is not in a project yet: its %n edit(s) would be lost. Save it as a project?",
                    "", len(session.edits)),
                 [("save", tr("Save as project…")), ("discard", tr("Discard")), ("cancel", tr("Cancel"))],
                 default="discard")
    if answer == "cancel":
        return False
    if answer == "save":
        return save_project(window)
    return True


def save_project(window, path: str | None = None) -> bool:
    """File > Save project: a review in memory goes into a project file (asked for); one already in
    a project is saved as it goes, which the status bar confirms."""
    session = window.desk.session
    if session is None:
        return False
    current = project_path_of(session)
    if current and path is None:
        window.statusBar().showMessage(tr("Every decision is already saved in %1.").replace("%1", display_name(current)),
                                       6000)
        return True
    if path is None:
        if window.quiet:
            path = window.answers.get("project_path")
        else:
            path, _ = QFileDialog.getSaveFileName(window, tr("Save as project"), _last_dir(window),
                                                  tr("qa-desk projects (*.qadesk)"))
        if not path:
            return False
    done = save_as_project(window, path if path.endswith(PROJECT_SUFFIX) else path + PROJECT_SUFFIX)
    window._update_title()
    return done


def menus_refresh(window) -> None:
    """Refill the Recent and Documents menus through the hook menus.build leaves on the window
    (files does not import menus, which imports files)."""
    refresh = getattr(window, "refresh_file_menus", None)
    if refresh is not None:
        refresh()
