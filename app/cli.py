"""Headless subcommands of ``advisor-desk`` (no Qt here)."""

from __future__ import annotations

import argparse
import sys

from app.i18n import translate

SUBCOMMANDS = ("demo", "verify", "questionnaire", "suitability", "sync")


def is_cli_invocation(args: list[str]) -> bool:
    return bool(args) and (
        args[0] in SUBCOMMANDS or args[0] in ("--selftest", "--version", "-h", "--help")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-desk",
        description=translate("Cli", "Advisor Desk: suitability-first sales workstation."),
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=translate("Cli", "run the headless self-test and exit"),
    )
    return parser


def run_cli(args: list[str]) -> int:
    if args and args[0] in SUBCOMMANDS:
        print(
            translate("Cli", "advisor-desk: '{command}' is not available in this version.").format(
                command=args[0]
            ),
            file=sys.stderr,
        )
        return 2
    parsed = build_parser().parse_args(args)
    if parsed.selftest:
        from app.selftest import run_selftest

        return run_selftest()
    return 0
