"""Work off the GUI thread, the way Anki's ``QueryOp`` / ``CollectionOp`` do it.

``read(ctx, body, on_done)`` and ``write(ctx, body, on_done)`` call
``body(db)`` on a worker thread with the open database; the body gets nothing
from Qt and returns plain data. Reads share Qt's global pool; writes queue on one
single-thread pool, because SQLite has one writer (and a draft saved before a
record is therefore written before it, too).

A body that changed records returns the core's ``store.Change``, or
:class:`Changed` (its result with the change): the helper announces the change
on the bus itself, on the GUI thread, before ``on_done(result)`` runs, so every
view refreshes whoever made the change. Failures end in the one error dialog,
:func:`show_error`, unless the caller handles them (``on_error``).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldkit.storage.database import Database
from fieldkit.store import Change
from ui.bus import Context

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[T], None]
Failed = Callable[[Exception], None]

_WRITER: QThreadPool | None = None
_LIVE: set[_Relay] = set()  # relays wait here until their result is delivered


@dataclass(frozen=True)
class Changed(Generic[T]):
    """A write's result together with what it changed (announced by the helper)."""

    result: T
    change: Change


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, body: Callable[[Database], Any], db: Database, relay: _Relay) -> None:
        super().__init__()
        self.body = body
        self.db = db
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.body(self.db)
        except Exception as exc:  # delivered to the GUI thread, shown there
            exc.__dict__["trace"] = traceback.format_exc()
            outcome, signal = exc, "failed"
        else:
            outcome, signal = result, "done"
        try:
            getattr(self.relay, signal).emit(outcome)
        except RuntimeError:
            pass  # the app is closing and the relay is gone: no one is left to tell


def _writer() -> QThreadPool:
    global _WRITER
    if _WRITER is None:
        _WRITER = QThreadPool()
        _WRITER.setMaxThreadCount(1)
    return _WRITER


def read(
    ctx: Context,
    body: Callable[[Database], T],
    on_done: Done[T] | None = None,
    *,
    owner: QObject | None = None,
    on_error: Failed | None = None,
) -> None:
    """Run *body(db)* on the shared pool; it must not write."""
    _start(QThreadPool.globalInstance(), ctx, body, on_done, owner, on_error)


@overload
def write(
    ctx: Context,
    body: Callable[[Database], Changed[T]],
    on_done: Done[T] | None = None,
    *,
    owner: QObject | None = None,
    on_error: Failed | None = None,
) -> None: ...


@overload
def write(
    ctx: Context,
    body: Callable[[Database], T | Changed[T]],
    on_done: Done[T] | None = None,
    *,
    owner: QObject | None = None,
    on_error: Failed | None = None,
) -> None: ...


def write(
    ctx: Context,
    body: Callable[[Database], Any],
    on_done: Done[Any] | None = None,
    *,
    owner: QObject | None = None,
    on_error: Failed | None = None,
) -> None:
    """Run *body(db)* on the single writer, after every write queued before it."""
    _start(_writer(), ctx, body, on_done, owner, on_error)


def _start(
    pool: QThreadPool,
    ctx: Context,
    body: Callable[[Database], Any],
    on_done: Done[Any] | None,
    owner: QObject | None,
    on_error: Failed | None,
) -> None:
    """*owner*: the widget the work is for. Failures are shown over it, and the
    result is dropped if it was deleted meanwhile (a screen rebuilt for another
    language, a window closed); a change is announced all the same."""
    relay = _Relay()
    _LIVE.add(relay)
    bus = ctx.bus

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finish(result: Any) -> None:
        _LIVE.discard(relay)
        if isinstance(result, Changed):
            bus.announce(result.change)
            result = result.result
        elif isinstance(result, Change):
            bus.announce(result)
        if on_done is not None and not gone():
            on_done(result)

    def fail(exc: Exception) -> None:
        _LIVE.discard(relay)
        if gone():
            if not isinstance(exc, Cancelled):
                show_error(None, exc)
        elif on_error is not None:
            on_error(exc)
        else:
            show_error(owner if isinstance(owner, QWidget) else None, exc)

    queued = Qt.ConnectionType.QueuedConnection  # always back on the GUI thread
    relay.done.connect(finish, queued)
    relay.failed.connect(fail, queued)
    # The database open now: a restore from backup replaces ctx.db for later work.
    pool.start(_Task(body, ctx.db, relay))


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
