"""fieldkit core: records, storage, exchange and reports. Never imports Qt."""

from __future__ import annotations

__version__ = "0.1.0"
