"""TNApp's bundled data (fonts, icons, translations, rule sets). In a wheel this
folder is the package ``tnapp._resources`` (see ``[tool.setuptools]`` in
pyproject.toml); ``tnapp.paths`` finds it there, in a checkout and in the
PyInstaller bundle."""
