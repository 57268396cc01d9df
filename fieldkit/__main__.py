from __future__ import annotations

import sys

from fieldkit.cli.main import main

sys.exit(main())
