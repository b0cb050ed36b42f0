"""The parser of ``tnapp`` and its subcommands, speaking Vietnamese throughout.

argparse takes the words it writes itself (``usage:``, the help headings, its
error messages) through gettext, as ``argparse._`` and ``argparse.ngettext``
(the Python HOWTO «How to translate the argparse output»; the i18nparse package
installs its catalogues the same way). :class:`Parser` puts the Vietnamese
catalogue there while it is built, parses or writes its help, and puts argparse's
own back afterwards, so nothing else in the process is changed. A message
missing from the catalogue (a newer Python's) is left as argparse writes it.
"""

from __future__ import annotations

import argparse
import contextlib
import gettext
from collections.abc import Iterator
from typing import NoReturn

EXIT_ERROR = 2

# argparse's messages (its msgids, the same from Python 3.11 on) → Vietnamese.
MESSAGES = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in phiên bản rồi thoát",
    " (default: %(default)s)": " (mặc định: %(default)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hợp lệ: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "expected one argument": "cần một giá trị đi kèm",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "not allowed with argument %s": "không dùng cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "can't open '%(filename)s': %(error)s": "không mở được «%(filename)s»: %(error)s",
}
PLURAL_MESSAGES = {
    "expected %s argument": "cần %s giá trị",
}


class _Vietnamese(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return MESSAGES.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return PLURAL_MESSAGES.get(msgid1) or super().ngettext(msgid1, msgid2, n)


_CATALOGUE = _Vietnamese()


@contextlib.contextmanager
def _in_vietnamese() -> Iterator[None]:
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _CATALOGUE.gettext, _CATALOGUE.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage, help and errors are Vietnamese; a
    mistake prints one line naming the help to read, and exits with status 2."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - ArgumentParser's own
        with _in_vietnamese():
            super().__init__(*args, **kwargs)

    def parse_args(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        with _in_vietnamese():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN201
        with _in_vietnamese():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with _in_vietnamese():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_vietnamese():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_ERROR, f"Lỗi: {message}. Xem «{self.prog} --help».\n")
