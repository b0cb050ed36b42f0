"""TNApp's Alembic environment, migrations and seed data. In a wheel this folder
is the package ``tnapp._db`` (see ``[tool.setuptools]`` in pyproject.toml);
``tnapp.paths`` finds it there, in a checkout and in the PyInstaller bundle."""
