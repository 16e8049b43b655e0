"""``advisor-desk-server``: serve the sync service and do head office's chores.

Bad input: one line on stderr naming the field, exit 2, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from sqlalchemy.exc import OperationalError

from server import changelog, enrollment, publish
from server.db import Database, UnsupportedDatabase
from server.migrate import DatabaseTooNew, upgrade
from server.settings import Settings, settings_for

PROG = "advisor-desk-server"


class BadInput(Exception):
    """A one-line message naming the field; exit 2."""


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _parser() -> OneLineParser:
    parser = OneLineParser(prog=PROG, description="Advisor Desk head-office sync service.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", help="database URL (default: SQLite in the data folder)")
        return sub

    serve = command("serve", "run the sync service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    enroll = command("enroll", "print a one-time device enrollment code")
    enroll.add_argument("--branch", required=True, help="branch (created if new)")
    enroll.add_argument("--role", choices=enrollment.ROLES, default="advisor")
    revoke = command("revoke", "revoke an enrolled device")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    catalog = command("publish-catalog", "publish a product catalog (JSON or CSV) to devices")
    catalog.add_argument("file", metavar="FILE", type=Path)
    resources = command(
        "publish-resources", "publish questionnaires and rule packs (the shipped ones by default)"
    )
    resources.add_argument(
        "--from",
        dest="root",
        type=Path,
        metavar="DIR",
        help="a folder holding questionnaires/ and rule packs in rulepacks/ (and overlays/)",
    )
    compact = command("compact", "drop superseded change-log rows up to a cursor")
    compact.add_argument("--through", type=int, required=True, metavar="CURSOR")
    return parser


def _database(settings: Settings) -> Database:
    try:
        db = Database(settings.db_url)
    except UnsupportedDatabase as exc:
        raise BadInput(f"--db: {exc}") from None
    try:
        upgrade(db)
    except OperationalError as exc:
        raise BadInput(f"--db: cannot open the database: {exc.orig}") from None
    except DatabaseTooNew as exc:
        raise BadInput(f"--db: the database was migrated by a newer server ({exc})") from None
    return db


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from server.api import create_app
    from server.startup import prepare

    if not 0 < args.port < 65536:
        raise BadInput("--port: must be between 1 and 65535")
    _database(settings).dispose()
    prepare(settings)
    uvicorn.run(create_app(settings), host=args.host, port=args.port)
    return 0


def _enroll(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    branch = args.branch.strip()
    if not branch or len(branch) > 64:
        raise BadInput("--branch: 1 to 64 characters expected")
    print(enrollment.create_code(db, settings, branch, args.role))
    return 0


def _revoke(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    try:
        at = enrollment.revoke(db, args.device_id.strip().lower(), settings.clock())
    except enrollment.UnknownDevice:
        raise BadInput(f"DEVICE_ID: no enrolled device {args.device_id!r}") from None
    print(f"revoked {args.device_id} at {at.isoformat()}")
    return 0


def _publish_catalog(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    try:
        items = publish.catalog_items(args.file)
    except publish.PublishError as exc:
        raise BadInput(str(exc)) from None
    count = publish.publish(db, items, settings.clock())
    print(f"published {count} of {len(items)} products")
    return 0


def _publish_resources(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    try:
        items = publish.resource_items(args.root)
    except publish.PublishError as exc:
        raise BadInput(str(exc)) from None
    count = publish.publish(db, items, settings.clock())
    print(f"published {count} of {len(items)} resources")
    return 0


def _compact(db: Database, settings: Settings, args: argparse.Namespace) -> int:
    if args.through < 0:
        raise BadInput("--through: must not be negative")
    with db.write() as session:
        dropped = changelog.compact(session, args.through)
    print(f"dropped {dropped} superseded changes")
    return 0


Handler = Callable[[Database, Settings, argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {
    "enroll": _enroll,
    "revoke": _revoke,
    "publish-catalog": _publish_catalog,
    "publish-resources": _publish_resources,
    "compact": _compact,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = settings_for(args.db)
        if args.command == "serve":
            return _serve(settings, args)
        db = _database(settings)
        try:
            return HANDLERS[args.command](db, settings, args)
        finally:
            db.dispose()
    except BadInput as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
