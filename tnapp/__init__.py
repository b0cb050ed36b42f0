"""TNApp – thi đua, khen thưởng cấp xã.

The package is a core with no Qt import (domain rules, ORM models, services,
storage, CLI) and ``tnapp.ui`` for everything Qt.
"""

__version__ = "0.1.0"
