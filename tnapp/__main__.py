"""``python -m tnapp`` – the same entry point as the ``tnapp`` console script."""

import sys

from tnapp.cli import main

sys.exit(main())
