"""The document time limit, the same on Linux, macOS and Windows.

A timer thread interrupts the main thread (`_thread.interrupt_main`, which raises
KeyboardInterrupt there) when a document takes too long; no SIGALRM, which Windows lacks.
The pipeline tells a timeout from a real Ctrl-C by the clock's `fired` flag, which a library
that swallows the exception cannot clear.

OCR of a scanned page takes seconds, so a 12-page scan would exceed a limit meant for
parsing; each such stage runs under `own_limit`: the document's clock stops while it runs,
and the stage gets a limit of its own.
"""
from __future__ import annotations

import _thread
import threading
import time
from contextlib import contextmanager


class Clock:
    """A limit on the main thread's work; `fired` stays set once it has interrupted."""

    def __init__(self, seconds: float):
        self.left = seconds
        self.fired = False
        self._timer: threading.Timer | None = None
        self._started = 0.0
        self._lock = threading.Lock()  # after stop() returns, the clock has fired or never will

    def start(self) -> None:
        if self.left <= 0:
            self.left = 0.001
        self._started = time.monotonic()
        self._timer = threading.Timer(self.left, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def stop(self) -> float:
        """Stop the clock; the time left."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
                self.left -= time.monotonic() - self._started
        return self.left

    def _fire(self) -> None:
        with self._lock:
            if self._timer is None:  # stopped meanwhile
                return
            self.fired = True
            _thread.interrupt_main()


_current: list[Clock] = []


@contextmanager
def document_limit(seconds: float):
    """Limit the block (one document) to `seconds`; yields the clock, or None when no limit
    can be armed (not the main thread, or no limit asked)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield None
        return
    clock = Clock(seconds)
    _current.append(clock)
    clock.start()
    try:
        yield clock
    finally:
        clock.stop()
        _current.remove(clock)


@contextmanager
def own_limit(seconds: float):
    """Run the block with its own time limit, then give the document back the time it had left."""
    if seconds <= 0 or not _current or threading.current_thread() is not threading.main_thread():
        yield
        return
    outer = _current[-1]
    outer.stop()
    inner = Clock(seconds)
    _current.append(inner)
    inner.start()
    try:
        yield
    finally:
        inner.stop()
        _current.remove(inner)
        if inner.fired:
            outer.fired = True
        else:
            outer.start()
