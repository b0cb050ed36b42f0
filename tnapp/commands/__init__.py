"""Headless subcommands of ``tnapp``, one module per work area.

Each module has ``register(subparsers)`` adding its subcommands, each with a
``func(args) -> int`` default. ``tnapp.cli`` registers the modules listed here.
"""
