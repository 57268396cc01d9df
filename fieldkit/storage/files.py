"""Writing user files atomically: a crash never leaves half a file under its name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(target: Path | str, prefix: str = ".fieldkit-") -> Iterator[BinaryIO]:
    """Yield a file in *target*'s folder; on success it is synced and renamed onto
    *target*, on any failure removed. The folder is the same so the rename is atomic."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
