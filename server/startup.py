"""What ``serve`` does before it listens: migrate the database, create the CA if needed."""

from __future__ import annotations

from server.ca import CertificateAuthority, ensure_ca
from server.db import Database
from server.migrate import upgrade
from server.settings import Settings


def prepare(settings: Settings) -> CertificateAuthority:
    db = Database(settings.db_url)
    try:
        upgrade(db)
        return ensure_ca(db, settings.clock())
    finally:
        db.dispose()
