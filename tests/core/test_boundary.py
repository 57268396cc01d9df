"""The core never imports Qt: the CLI, scripts and HQ servers run it headless."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import importlib, pkgutil, sys
import fieldkit
names = [m.name for m in pkgutil.walk_packages(fieldkit.__path__, 'fieldkit.') if m.name != 'fieldkit.__main__']
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))
print(len(names), qt)
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    count, loaded = out.stdout.strip().split(" ", 1)
    assert int(count) >= 10  # the walk really found the modules
    assert loaded == "[]"
