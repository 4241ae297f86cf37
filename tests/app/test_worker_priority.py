"""Worker threads run at a lower OS priority than the GUI thread (Linux: one nice value per thread),
so that on a loaded machine the GUI thread is not kept waiting for a core behind its own workers."""
from __future__ import annotations

import os
import sys
import threading

import pytest

from qa_desk.app import workers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_job_on_a_worker_thread_runs_niced_and_the_gui_thread_does_not():
    main_before = _nice()
    seen = {}

    def job():
        for _ in range(3):  # a pool thread runs many jobs: lowered once, not once more per job
            with workers.quiet_gc():
                seen["during"] = _nice()

    thread = threading.Thread(target=job)
    thread.start()
    thread.join(10)
    assert seen["during"] == min(19, main_before + workers.WORKER_NICE)
    with workers.quiet_gc():  # on the main (GUI) thread: left as it is
        assert _nice() == main_before
    assert _nice() == main_before
