"""``advisor-desk sync --server URL [--enroll CODE] [--user NAME --password-stdin]``.

Signs in to the data folder (``ADVISOR_DESK_HOME``), enrolls the device if a code is
given, pushes then pulls once, and prints one JSON line ``{pushed, pulled, duplicates,
conflicts, rejected, unsent}``. Exit 0 when everything was sent, 1 when some changes are
left unsent or were rejected, 2 on an error (one line on stderr naming it).

Without ``--user`` only a demo folder (``advisor-desk demo``) is used, as its documented
demo user.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from app.i18n import translate

PROG = "advisor-desk sync"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        print(f"{PROG}: {message}", file=sys.stderr)
        raise SystemExit(2)


def sync_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate("Cli", "Enroll with head office if asked, then push and pull once."),
    )
    parser.add_argument("--server", required=True, help=translate("Cli", "head-office address"))
    parser.add_argument("--enroll", metavar="CODE", help=translate("Cli", "one-time code"))
    parser.add_argument("--user", help=translate("Cli", "user to sign in as"))
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from standard input"),
    )
    return parser


def _credentials(user: str | None, from_stdin: bool) -> tuple[str, str]:
    from app.demo import DEMO_PASSWORD, DEMO_USER, is_demo_folder
    from app.store.home import DataHome

    if user is None:
        if not is_demo_folder(DataHome.default()):
            raise _Refused("--user: " + translate("Cli", "required (the user to sign in as)"))
        user = DEMO_USER
        if not from_stdin:
            return user, DEMO_PASSWORD
    if from_stdin:
        return user, sys.stdin.readline().rstrip("\r\n")
    return user, getpass.getpass(translate("Cli", "Password for {user}: ").format(user=user))


class _Refused(Exception):
    """Bad input or a failed step: one line on stderr, exit 2."""


def run_sync_command(args: list[str]) -> int:
    from app.errors import UserError
    from app.services import auth, sync
    from app.store.home import DataHome

    try:
        parsed = sync_parser().parse_args(args)
    except SystemExit as exc:  # --help (0), or bad arguments already reported (2)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        user, password = _credentials(parsed.user, parsed.password_stdin)
        home = DataHome.default()
        if not home.vault.exists():
            raise _Refused(
                translate("Cli", "{folder} holds no Advisor Desk data").format(folder=home.root)
            )
        login = auth.login(home, user, password)
    except _Refused as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"{PROG}: --user: {exc.message}", file=sys.stderr)
        return 2
    ws, actor = login.workspace, login.actor
    try:
        if parsed.enroll:
            sync.enroll(ws, actor, parsed.server, parsed.enroll)
            report = sync.sync_once(ws, actor)
        else:
            report = sync.sync_once(ws, actor, server_url=parsed.server)
    except sync.SyncFailed as exc:
        print(f"{PROG}: {exc.code}: {exc.message}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return 2
    finally:
        ws.close()
    print(json.dumps(report.as_json()))
    return 0 if report.unsent == 0 and report.rejected == 0 else 1
