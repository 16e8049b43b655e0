"""The log never carries ID or mobile numbers, even when a message slips one in."""

from __future__ import annotations

import logging
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from app.logs import configure_logging, scrub
from tests.conftest import mainland_id


def test_scrub_removes_ids_and_mobiles() -> None:
    text = f"client {mainland_id()} phone 13800138000 +8613900139000 ok"
    cleaned = scrub(text)
    assert mainland_id() not in cleaned
    assert "13800138000" not in cleaned and "13900139000" not in cleaned
    assert cleaned.startswith("client [redacted] phone")


@given(st.from_regex(r"[1-9]\d{16}[\dX]", fullmatch=True))
def test_any_18_character_id_is_scrubbed(number: str) -> None:
    assert number not in scrub(f"x {number} y")


def test_log_file_has_no_personal_numbers(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    log = logging.getLogger("test.scrub")
    log.warning("id %s and phone %s", mainland_id(), "13800138000")
    try:
        raise ValueError(f"bad id {mainland_id()}")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text("utf-8")
    assert "failed" in content and "ValueError" in content
    assert mainland_id() not in content and "13800138000" not in content
