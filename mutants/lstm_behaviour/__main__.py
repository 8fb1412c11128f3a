"""``python -m lstm_behaviour``: see ``lstm_behaviour.cli``."""

import sys

from .cli import main

sys.exit(main())
