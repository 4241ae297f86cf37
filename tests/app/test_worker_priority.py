"""Worker threads keep the GUI thread's OS priority (Linux gives each thread its own nice value).

A worker niced below the GUI thread is priority inversion through the GIL: on a machine whose cores
other programs keep busy, the scheduler leaves the niced worker waiting while it holds the GIL, and
the GUI thread, which needs the GIL for every call into Python, waits with it (bench/desk_100k.py
under load: stalls of 0.3-0.7 s with workers at +10, 0.1-0.2 s at the same priority)."""
from __future__ import annotations

import os
import sys
import threading

import pytest

from qa_desk.app import workers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")


def _nice() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_a_job_on_a_worker_thread_keeps_the_gui_threads_priority():
    main_before = _nice()
    seen = {}

    def job():
        for _ in range(3):  # a pool thread runs many jobs
            with workers.quiet_gc():
                seen.setdefault("during", []).append(_nice())

    thread = threading.Thread(target=job)
    thread.start()
    thread.join(10)
    assert seen["during"] == [main_before] * 3
    with workers.quiet_gc():  # on the main (GUI) thread: left as it is
        assert _nice() == main_before
    assert _nice() == main_before


def test_a_job_hands_the_gil_over_often_and_puts_the_interval_back():
    before = sys.getswitchinterval()
    with workers.quiet_gc():
        assert sys.getswitchinterval() <= workers.SWITCH_INTERVAL
    assert sys.getswitchinterval() == before
