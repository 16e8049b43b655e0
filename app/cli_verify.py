"""``advisor-desk verify FILE.pdf [FILE.pdf …] [--json]``: check sealed PDF packs (no Qt).

Exit 0 when the seal is valid and the document unchanged, 1 when it is invalid, tampered
with or not sealed at all, 2 when the file cannot be read or is not a PDF (one line on
standard error, nothing on standard output). Several files (an extension for batch checks:
the library loads once) print one block — or one JSON line with its ``file`` — each, and
exit with the worst of their codes.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from app.i18n import translate

PROG = "advisor-desk verify"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and exit 2, like every other bad input."""

    def error(self, message: str) -> NoReturn:
        _fail(message)
        raise SystemExit(2)


def verify_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "Cli", "Check the seal of a PDF pack and that the document is unchanged."
        ),
    )
    parser.add_argument(
        "files", metavar="FILE.pdf", nargs="+", help=translate("Cli", "the PDF(s) to check")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "print the result as one JSON object")
    )
    return parser


def _fail(message: str) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr, flush=True)
    return 2


def _write(text: str) -> None:
    """Write UTF-8 (CJK signer names), whatever the console's code page."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.encoding.lower() not in ("utf-8", "utf8"):
        stdout.reconfigure(encoding="utf-8")
    try:
        stdout.write(text)
        stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())


def run_verify(args: list[str]) -> int:
    parsed = verify_parser().parse_args(args)
    from app.documents.seal import UnreadablePdf, local_iso, verify_pdf

    # pyHanko reports what it finds odd through logging; here the result says it all.
    logging.getLogger("pyhanko").addHandler(logging.NullHandler())
    logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
    several = len(parsed.files) > 1
    worst = 0
    for name in parsed.files:
        path = Path(name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            worst = max(
                worst,
                _fail(
                    translate("Cli", "cannot read {path}: {problem}").format(
                        path=path, problem=exc.strerror or exc
                    )
                ),
            )
            continue
        try:
            result = verify_pdf(data)
        except UnreadablePdf as exc:
            worst = max(worst, _fail(f"{path}: {exc.message}"))
            continue
        if parsed.json:
            shown = result.as_json()
            if several:
                shown = {"file": str(path), **shown}
            _write(json.dumps(shown, ensure_ascii=False) + "\n")
        else:
            verdict = "VALID" if result.valid else f"INVALID: {result.problem}"
            none = translate("Cli", "(none)")
            lines = [f"== {path}"] if several else []
            lines += [
                verdict,
                translate("Cli", "signer: {signer}").format(signer=result.signer or none),
                translate("Cli", "signed at: {time}").format(
                    time=local_iso(result.signed_at) or none
                ),
                f"SHA-256: {result.sha256}",
            ]
            if result.fingerprint:
                lines.append(
                    translate("Cli", "certificate: {fingerprint}").format(
                        fingerprint=result.fingerprint
                    )
                )
            _write("\n".join(lines) + "\n")
        worst = max(worst, 0 if result.valid else 1)
    return worst
