"""Where TNApp finds its bundled files and keeps the user's data.

Bundled folders (``resources/`` and ``db/``) sit beside the package in a source
checkout and inside the PyInstaller bundle (``sys._MEIPASS``) in the Windows
build. User data lives in the platform's data folder (platformdirs).
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "TNApp"


def install_root() -> Path:
    """The folder holding ``resources/`` and ``db/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return install_root() / "db"


def seed_dir() -> Path:
    return install_root() / "db" / "seed"


def user_data_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return user_data_folder() / "tnapp.sqlite"


def demo_database_path() -> Path:
    return user_data_folder() / "tnapp-demo.sqlite"
