"""The core's messages follow the chosen language; papers stay Vietnamese whatever it is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tnapp import i18n
from tnapp.domain.periods import Period
from tnapp.errors import ValidationError


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("vi")


def test_a_service_message_follows_the_language(english: None) -> None:
    with pytest.raises(ValidationError, match=r"The reporting period «2026-Q9» is not valid"):
        Period.parse("2026-Q9")
    i18n.set_language("vi")
    with pytest.raises(ValidationError, match=r"Kỳ báo cáo «2026-Q9» không hợp lệ"):
        Period.parse("2026-Q9")


def test_a_paper_built_in_english_mode_stays_vietnamese(demo_ws, english: None) -> None:
    assert Period.parse("2026-Q3").label == "QIII/2026"  # on screen
    doc = demo_ws.reports.build("progress", 2026, "2026-Q3")
    text = repr(doc)
    assert "Quý III/2026" in text and "QIII/2026" not in text
