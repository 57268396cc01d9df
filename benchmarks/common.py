"""What every benchmark returns, and how the table is printed.

A benchmark module ``benchmarks/bench_<area>.py`` defines
``run(records: int, workdir: Path) -> list[Result]``; each result stands beside
a baseline measured in the same run, so the ratio means something on any machine.
A benchmark that cannot finish still has its row: ``failed`` says why, in one line.
"""

from __future__ import annotations

import resource
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass
class Result:
    name: str  # what fieldkit did
    seconds: float | None  # None: fieldkit's side did not finish
    baseline: str  # what it is compared with
    baseline_seconds: float | None
    peak_mb: float | None = None
    note: str = ""
    failed: str = ""  # why this row (or its baseline) has no figure

    @property
    def ratio(self) -> float | None:
        if self.seconds is None or not self.baseline_seconds:
            return None
        return self.seconds / self.baseline_seconds


def child_stderr(exc: BaseException) -> str:
    """What a failed child process said on stderr, if it was captured."""
    if not isinstance(exc, subprocess.CalledProcessError) or not exc.stderr:
        return ""
    err = exc.stderr
    return err.decode(errors="replace") if isinstance(err, bytes) else str(err)


def reason(exc: BaseException) -> str:
    """Why a benchmark failed, in one line: a failed child's own exception (the
    line after its last traceback's frames, e.g. a missing module) or last line
    on stderr, else the error itself."""
    said = child_stderr(exc).splitlines()
    if any(line.startswith("Traceback (") for line in said):
        start = max(i for i, line in enumerate(said) if line.startswith("Traceback ("))
        said = [line for line in said[start + 1 :] if line and not line[0].isspace()][:1]
    said = [line.strip() for line in said if line.strip()]
    if said:
        return said[-1]
    if isinstance(exc, subprocess.CalledProcessError):
        return f"a child process exited with status {exc.returncode}"
    own = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {own[0]}" if own else type(exc).__name__


@contextmanager
def timer() -> Iterator[dict[str, float]]:
    box: dict[str, float] = {}
    start = time.perf_counter()
    try:
        yield box
    finally:
        box["seconds"] = time.perf_counter() - start


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def peak_rss_mb_children() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def table(results: list[Result]) -> str:
    head = "| benchmark | fieldkit | baseline | baseline time | ratio | peak memory | note |"
    lines = [head, "|---|---:|---|---:|---:|---:|---|"]
    for r in results:
        ours = f"{r.seconds:.3f} s" if r.seconds is not None else "failed"
        if r.baseline_seconds is not None:
            base = f"{r.baseline_seconds:.3f} s"
        else:
            base = "failed" if r.failed and r.seconds is not None else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        peak = f"{r.peak_mb:.0f} MB" if r.peak_mb is not None else "—"
        note = "; ".join(n for n in (f"failed: {r.failed}" if r.failed else "", r.note) if n)
        note = note.replace("|", "\\|")  # a reason may quote anything
        lines.append(f"| {r.name} | {ours} | {r.baseline} | {base} | {ratio} | {peak} | {note} |")
    return "\n".join(lines)
