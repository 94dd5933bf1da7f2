"""The document time limit, with room for slow stages that are limited on their own.

The pipeline arms SIGALRM per document. OCR of a scanned page takes seconds, so a 12-page
scan would exceed a limit meant for parsing; each such stage runs under `own_limit`: the
document's clock stops while it runs, and the stage gets a limit of its own.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


@contextmanager
def own_limit(seconds: float):
    """Run the block with its own time limit, then give the document back the time it had left."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
    if left <= 0:  # no document limit armed: nothing to pause
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, left)
