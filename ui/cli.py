"""The ``fieldkit`` command of the desktop install: the core's commands plus ``gui``.

The core's command line (:mod:`fieldkit.cli.main`) never names the Qt layer;
this module adds the ``gui`` command to it and makes it the default.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fieldkit.cli import main as core_cli


def cmd_gui(args: argparse.Namespace) -> int:
    from ui.app import run  # Qt is loaded only when the window is wanted

    return run(args)


def register(sub: Any) -> None:
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    p.add_argument("--screenshot", type=Path, help="render the main window to this PNG and exit")
    p.add_argument("--lang", choices=["en", "az", "ru"], help="language of the window")
    p.add_argument("--view", help="which screen to show")
    p.set_defaults(handler=cmd_gui)


def main(argv: Sequence[str] | None = None) -> int:
    return core_cli.main(argv, extra=(register,))


if __name__ == "__main__":
    sys.exit(main())
