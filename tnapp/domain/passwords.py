"""Passwords: the strength rule, and a memory-hard hash (stdlib scrypt).

A stored hash names its own parameters, so they can be raised later while
older hashes still verify::

    scrypt$n=32768,r=8,p=1$<salt, base64>$<hash, base64>
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from tnapp.domain.text import fold
from tnapp.errors import ValidationError
from tnapp.i18n import _

MIN_LENGTH = 10
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_KEY_BYTES = 32
_SALT_BYTES = 16
_PREFIX = "scrypt"

# Passwords people pick first; compared without diacritics, spaces and case.
COMMON_PASSWORDS = frozenset({
    "1234567890", "0123456789", "12345678910", "1234567890a", "a123456789", "abc1234567", "abcd123456",
    "password", "password1", "password12", "password123", "passw0rd123", "matkhau", "matkhau123",
    "matkhau1234", "matkhaumoi", "admin12345", "admin123456", "administrator", "quantri123",
    "quantri1234", "qwerty1234", "qwertyuiop", "qwerty123456", "1q2w3e4r5t", "iloveyou12", "abcdefghij",
    "aaaaaaaaaa", "thuongninh", "thuongninh1", "thuongninh123", "thanhhoa123", "vietnam123", "vietnam1234",
    "tnapp12345", "tnapp123456", "123456789a", "123456abc", "1234567890q",
})


def strength_problem(password: str, username: str = "") -> str | None:
    """Why ``password`` is too weak (in Vietnamese), or ``None`` when it is strong enough:
    at least 10 characters, not only digits, not containing the username, not a common password."""
    if len(password) < MIN_LENGTH:
        return _("Mật khẩu phải có ít nhất {MIN_LENGTH} ký tự.", MIN_LENGTH=MIN_LENGTH)
    if password.isdigit():
        return _("Mật khẩu không được chỉ gồm chữ số.")
    folded = fold(password).replace(" ", "")
    name = fold(username).replace(" ", "")
    if name and name in folded:
        return _("Mật khẩu không được chứa tên đăng nhập.")
    if folded in COMMON_PASSWORDS or len(set(folded)) <= 2:
        return _("Mật khẩu này quá phổ biến, dễ đoán; hãy chọn mật khẩu khác.")
    return None


def require_strong(password: str, username: str = "", field: str = "password") -> None:
    problem = strength_problem(password, username)
    if problem:
        raise ValidationError(problem, field=field)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES,
                          maxmem=2 * 128 * r * (n + p + 2))


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """A new salted hash of ``password`` with its parameters."""
    salt = os.urandom(_SALT_BYTES)
    return f"{_PREFIX}$n={n},r={r},p={p}${_b64(salt)}${_b64(_scrypt(password, salt, n, r, p))}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored`` (constant-time comparison);
    a malformed stored value never matches."""
    try:
        prefix, params, salt, expected = stored.split("$")
        values = dict(item.split("=") for item in params.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        if prefix != _PREFIX or not (2 <= n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
            return False
        digest = _scrypt(password, base64.b64decode(salt), n, r, p)
        return hmac.compare_digest(digest, base64.b64decode(expected))
    except (ValueError, KeyError, TypeError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether ``stored`` uses weaker parameters than today's."""
    return not stored.startswith(f"{_PREFIX}$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}$")


# Verified against when the username is unknown, so that an unknown name takes as long as a wrong password.
DUMMY_HASH = f"{_PREFIX}$n={SCRYPT_N},r={SCRYPT_R},p={SCRYPT_P}${_b64(bytes(_SALT_BYTES))}${_b64(bytes(_KEY_BYTES))}"
