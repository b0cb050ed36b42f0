"""User-facing errors.

Every error a user can cause (bad input, a file that is not a database, a
refused permission, a stale edit) is a :class:`TNAppError` whose message is in
Vietnamese and names the place (file, row, field). The CLI prints it on one
line and exits with status 2; the GUI shows it in a dialog.
"""

from __future__ import annotations


class TNAppError(Exception):
    """A user-facing error; its message is Vietnamese and names the place."""


class ValidationError(TNAppError):
    """Input that breaks a rule; ``field`` names the offending field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(TNAppError):
    """A record asked for by id or code does not exist."""


class PermissionDenied(TNAppError):
    """The acting user's role does not allow the operation."""


class ConflictError(TNAppError):
    """Someone else changed the record since it was read (optimistic versioning)."""


class DatabaseError(TNAppError):
    """The database cannot be opened or used (not a database, locked, read-only…)."""
