"""The desktop app on 100,000 records: startup and search as you type.

* startup: a fresh process until the main window is shown, and until its first
  page is listed, against a fresh process that only shows an empty QMainWindow (the
  cost of Python + Qt themselves). Median of 3 runs each.
* search: from a keystroke's debounced filter to the list showing its answer,
  for each prefix of a name typed letter by letter, against the bare core calls
  (``query.count`` + ``query.search_sorted``) for the same text. Median over the prefixes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Result

STARTUP = """
import sys
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from fieldkit.workspace import open_database
from ui.strings import i18n
from ui.main_window import MainWindow, make_context
db = open_database(sys.argv[1])
i18n.install("az")
window = MainWindow(make_context(db))
window.show()
app.processEvents()
print("shown", flush=True)
page = window.current_page()
loop = QEventLoop()
page.model.loaded.connect(loop.quit)
page.load()
loop.exec()
app.processEvents()
assert page.model.rowCount() > 0
print("ready", flush=True)
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
app.processEvents()
print("ready", flush=True)
"""

CORE = """
import sys
from fieldkit import query
from fieldkit.workspace import open_database
db = open_database(sys.argv[1])
query.count(db, "person")
assert query.search_sorted(db, "person", limit=200)
print("ready", flush=True)
"""

TYPED = "İsmayılova"  # typed letter by letter into the People list's search box


def _until_ready(code: str, *args: str) -> float:
    return _until(code, *args)["ready"]


def _until(code: str, *args: str) -> dict[str, float]:
    """Seconds from starting a fresh process until each line it prints."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    seen: dict[str, float] = {}
    for line in child.stdout:
        seen[line.strip()] = time.perf_counter() - start
        if line.strip() == "ready":
            break
    child.wait()
    assert "ready" in seen, seen
    return seen


def _search(db_path: Path) -> tuple[float, float, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from fieldkit import query
    from fieldkit.workspace import open_database
    from ui import ops
    from ui.main_window import MainWindow, make_context

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    window = MainWindow(make_context(db))
    window.show()
    page = window.show_type("person")
    page.load(wait=True)
    gui, bare = [], []
    for n in range(1, len(TYPED) + 1):
        text = TYPED[:n]
        loop = QEventLoop()
        page.model.loaded.connect(loop.quit)
        page.filters.search.setText(text)
        start = time.perf_counter()
        page.filters.emit_filter()  # what the debounce timer calls after the last key
        loop.exec()
        app.processEvents()
        gui.append(time.perf_counter() - start)
        page.model.loaded.disconnect(loop.quit)
        start = time.perf_counter()
        flt = query.Filter(text=text)
        query.count(db, "person", flt)
        query.search_sorted(db, "person", flt, limit=200)
        bare.append(time.perf_counter() - start)
    found = page.model.total
    ops.wait_idle()
    window.close()
    window.deleteLater()
    app.processEvents()
    db.close()
    return statistics.median(gui), statistics.median(bare), found


def run(records: int, workdir: Path) -> list[Result]:
    db = workdir / "gui.db"
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "--db", str(db), "demo", "--records", str(records)],
        check=True,
        capture_output=True,
    )
    runs = [_until(STARTUP, str(db)) for _ in range(3)]
    shown = statistics.median(r["shown"] for r in runs)
    ours = statistics.median(r["ready"] for r in runs)
    bare = statistics.median(_until_ready(BARE) for _ in range(3))
    core_only = statistics.median(_until_ready(CORE, str(db)) for _ in range(3))
    gui, core, found = _search(db)
    return [
        Result(
            f"gui startup, {records} records (window shown, first page listed)",
            ours,
            "python + QApplication + empty QMainWindow shown",
            bare,
            None,
            "fresh process each; median of 3",
        ),
        Result(
            f"gui startup, {records} records, to the window shown",
            shown,
            "python + QApplication + empty QMainWindow shown",
            bare,
            None,
            "fresh process each; median of 3",
        ),
        Result(
            "  of which the core alone (imports, open database, count, first page)",
            core_only,
            "python + QApplication + empty QMainWindow shown",
            bare,
            None,
            "fresh process, no Qt; median of 3",
        ),
        Result(
            f"gui search as you type ({len(TYPED)} prefixes of {TYPED!r})",
            gui,
            "query.count + query.search_sorted, same text",
            core,
            None,
            f"median per keystroke after the {200} ms debounce; last matched {found}",
        ),
    ]
