"""Headless subcommands of ``advisor-desk`` (no Qt here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def demo_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advisor-desk demo",
        description=translate("Cli", "Create a demo database and run scripted cases into DIR."),
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "folder for the case files")
    )
    parser.add_argument(
        "--cases",
        type=int,
        default=1,
        help=translate("Cli", "number of scripted cases (default 1)"),
    )
    parser.add_argument(
        "--client", type=Path, help=translate("Cli", "JSON file with the client to use")
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the demo password from standard input"),
    )
    return parser


def run_demo_command(args: list[str]) -> int:
    from app.demo import DemoInputError, read_password, run_demo
    from app.errors import UserError

    parsed = demo_parser().parse_args(args)
    if parsed.cases < 1:
        print(
            "advisor-desk demo: --cases: " + translate("Cli", "must be at least 1"), file=sys.stderr
        )
        return 2
    try:
        password = read_password(parsed.password_stdin)
        return run_demo(parsed.out, parsed.cases, parsed.client, password)
    except DemoInputError as exc:
        print(f"advisor-desk demo: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"advisor-desk demo: {exc.message}", file=sys.stderr)
        return 2


def run_cli(args: list[str]) -> int:
    if args and args[0] == "demo":
        return run_demo_command(args[1:])
    if args and args[0] == "questionnaire":
        from app.cli_rules import run_questionnaire_command

        return run_questionnaire_command(args[1:])
    if args and args[0] == "suitability":
        from app.cli_rules import run_suitability_command

        return run_suitability_command(args[1:])
    if args and args[0] == "sync":
        from app.cli_sync import run_sync_command

        return run_sync_command(args[1:])
    if args and args[0] == "verify":
        from app.cli_verify import run_verify

        return run_verify(args[1:])
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
