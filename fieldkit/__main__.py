from __future__ import annotations

import sys

from fieldkit.cli import main

sys.exit(main())
