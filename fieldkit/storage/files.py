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
        sync_folder(target.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sync_folder(folder: Path) -> None:
    """Make a rename in *folder* durable. Where a folder cannot be opened or synced
    (Windows, some network file systems) there is nothing more to do."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def replace_durably(new: Path, target: Path) -> None:
    """Put the complete file *new* in place of *target*, in the same folder, so that
    after a power cut *target* holds either its old or its new content in full.

    *new* is synced to disk first (a rename can reach the disk before the data it
    names), then renamed over *target*, then the folder is synced so the rename
    itself survives. Every replacement of a live database goes through here.
    """
    with open(new, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(new, target)
    sync_folder(Path(target).parent)
