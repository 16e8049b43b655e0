"""Logging to a rotating file in the data folder, with personal data scrubbed.

Code never logs names, ID numbers or phone numbers on purpose; the scrubbing filter is the
second line of defence for anything that slips into a message or traceback.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

# 18-character resident/permit numbers, 15-char old IDs, mainland mobiles, +E.164.
_PATTERNS = (
    re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"),
    re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])"),
    re.compile(r"\+?\b(?:86)?1[3-9]\d{9}\b"),
)


def scrub(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub("[redacted]", text)
    return text


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = scrub(formatted)
            record.exc_info = None
        return True


def configure_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ``folder/advisor-desk.log`` (5 × 2 MB); returns the file's path."""
    from logging.handlers import RotatingFileHandler  # not needed before the window shows

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "advisor-desk.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_advisor_desk", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    handler._advisor_desk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return path
