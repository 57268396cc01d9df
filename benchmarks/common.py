"""What every benchmark returns, and how the table is printed.

A benchmark module ``benchmarks/bench_<area>.py`` defines
``run(records: int, workdir: Path) -> list[Result]``; each result stands beside
a baseline measured in the same run, so the ratio means something on any machine.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any


@dataclass
class Result:
    name: str  # what fieldkit did
    seconds: float
    baseline: str  # what it is compared with
    baseline_seconds: float | None
    peak_mb: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if not self.baseline_seconds:
            return None
        return self.seconds / self.baseline_seconds


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
        base = f"{r.baseline_seconds:.3f} s" if r.baseline_seconds is not None else "—"
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        peak = f"{r.peak_mb:.0f} MB" if r.peak_mb is not None else "—"
        lines.append(
            f"| {r.name} | {r.seconds:.3f} s | {r.baseline} | {base} | {ratio} | {peak} | {r.note} |"
        )
    return "\n".join(lines)
