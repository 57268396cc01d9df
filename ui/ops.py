"""Work off the GUI thread, the way Anki's ``CollectionOp`` / ``QueryOp`` do it.

``run(parent, body, on_done)`` calls ``body()`` on a worker thread; ``body`` gets
nothing from Qt and returns plain data. ``on_done(result)`` (or the one error
dialog, :func:`show_error`) then runs on the GUI thread. Reads share Qt's global
pool; writes go through one single-thread pool, because SQLite has one writer.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

_WRITER: QThreadPool | None = None
_LIVE: set[_Relay] = set()  # relays wait here until their result is delivered


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, body: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.body = body
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.body()
        except Exception as exc:  # delivered to the GUI thread, shown there
            exc.__dict__["trace"] = traceback.format_exc()
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def _writer() -> QThreadPool:
    global _WRITER
    if _WRITER is None:
        _WRITER = QThreadPool()
        _WRITER.setMaxThreadCount(1)
    return _WRITER


def run(
    parent: QWidget | None,
    body: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    write: bool = False,
    on_error: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """*owner*: the result is dropped if this object was deleted meanwhile
    (a screen rebuilt for another language, a window closed)."""
    relay = _Relay()
    _LIVE.add(relay)

    def finish(result: Any) -> None:
        _LIVE.discard(relay)
        if owner is not None and not shiboken6.isValid(owner):
            return
        if on_done is not None:
            on_done(result)

    def fail(exc: Exception) -> None:
        _LIVE.discard(relay)
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)

    queued = Qt.ConnectionType.QueuedConnection  # always back on the GUI thread
    relay.done.connect(finish, queued)
    relay.failed.connect(fail, queued)
    (_writer() if write else QThreadPool.globalInstance()).start(_Task(body, relay))


class Cancelled(Exception):
    """Raised inside a body when the person pressed Cancel (the core rolls back)."""


class Progress(QObject):
    """A core ``progress(what, n)`` callback for a worker, relayed to the GUI thread.

    ``callback`` runs on the worker: it raises :class:`Cancelled` once
    :meth:`cancel` was called, so a preview or merge stops at its next step.
    """

    step = Signal(str, int, int)  # what, done so far, total (0: not known)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def callback(self, what: str, n: int, total: int = 0) -> None:
        if self.cancelled:
            raise Cancelled()
        self.step.emit(what, n, total)

    def is_cancelled(self) -> bool:
        return self.cancelled


def wait_idle(msecs: int = 30000) -> None:
    """Let running work finish (on closing, before the database is closed)."""
    QThreadPool.globalInstance().waitForDone(msecs)
    if _WRITER is not None:
        _WRITER.waitForDone(msecs)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """The one error dialog every failure ends in."""
    log.error("%s", exc.__dict__.get("trace") or exc)
    title = QCoreApplication.translate("ops", "Something went wrong")
    QMessageBox.critical(parent, title, str(exc) or type(exc).__name__)
