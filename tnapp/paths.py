"""Where TNApp finds its bundled files and keeps the user's data.

The bundled folders ``resources/`` and ``db/`` sit at the top of a source
checkout; a wheel (and an editable install) maps them to the packages
``tnapp._resources`` and ``tnapp._db`` (pyproject.toml), found here through
``importlib.resources``; the PyInstaller bundle keeps them at the top of
``sys._MEIPASS``. User data lives in the platform's data folder (platformdirs).
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "TNApp"


def _bundled(package: str, folder: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / folder
    return Path(str(files(package)))  # a folder on disk: Alembic and Qt need real paths


def resources_dir() -> Path:
    return _bundled("tnapp._resources", "resources")


def migrations_dir() -> Path:
    """The Alembic environment (``db/``)."""
    return _bundled("tnapp._db", "db")


def seed_dir() -> Path:
    return migrations_dir() / "seed"


def user_data_folder() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return user_data_folder() / "tnapp.sqlite"


def demo_database_path() -> Path:
    return user_data_folder() / "tnapp-demo.sqlite"
