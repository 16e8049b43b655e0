"""Signing in, locking and unlocking.

Signing in unwraps the user's key slot, migrates the database if this is the first open of
the process (backup first), opens it and records the login. Locking drops the key and the
open database from memory; unlocking unwraps the slot again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.domain.passwords import password_problems
from app.domain.roles import Role
from app.errors import FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.services import published_rules
from app.services.context import Actor, Workspace, audited
from app.store.engine import Database, DatabaseUnreadable
from app.store.home import DataHome
from app.store.keyvault import (
    AccountLocked,
    KdfParams,
    KeyVault,
    TooSoon,
    UnknownUser,
    WrongSecret,
)
from app.store.migrate import upgrade_database
from app.store.models import Device, User


class LoginRefused(UserError):
    """Wrong credentials, a locked or disabled account, or a wait imposed after failures."""

    def __init__(self, message: str, *, retry_after_s: int = 0, locked: bool = False) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s
        self.locked = locked


class DatabaseDamaged(UserError):
    """The key opened but the database did not: corrupt file (backups may help)."""


@dataclass(frozen=True)
class LoginResult:
    workspace: Workspace
    actor: Actor
    must_change_password: bool


def unwrap_key(vault: KeyVault, username: str, password: str) -> tuple[bytes, bool]:
    try:
        key, slot = vault.unlock(username, password)
    except (UnknownUser, WrongSecret) as exc:
        delay = exc.retry_delay_s if isinstance(exc, WrongSecret) else 0
        message = translate("Login", "Wrong user name or password.")
        if delay:
            message += " " + translate("Login", "Try again in {s} seconds.").format(s=delay)
        raise LoginRefused(message, retry_after_s=delay) from None
    except AccountLocked:
        raise LoginRefused(
            translate(
                "Login",
                "This account is locked after 10 failed attempts. Ask an administrator to "
                "unlock it.",
            ),
            locked=True,
        ) from None
    except TooSoon as exc:
        raise LoginRefused(
            translate("Login", "Too many failed attempts. Try again in {s} seconds.").format(
                s=exc.wait_s
            ),
            retry_after_s=exc.wait_s,
        ) from None
    return key, slot.must_change_password


def _open_database(home: DataHome, key: bytes) -> Database:
    try:
        upgrade_database(home.database, key, home.backups)
        return Database(home.database, key)
    except DatabaseUnreadable as exc:
        raise DatabaseDamaged(
            translate(
                "Login",
                "The database could not be opened: it is damaged, or it does not match this "
                "folder's key file. You can restore the latest backup.",
            )
        ) from exc


def load_actor(db: Database, username: str) -> tuple[Actor, str]:
    with db.reading() as session:
        user = session.scalars(select(User).where(User.username == username)).one_or_none()
        device_id = session.scalars(select(Device.id).where(Device.is_this_device)).one()
    if user is None or user.disabled:
        raise LoginRefused(translate("Login", "This account is disabled."))
    actor = Actor(user.id, user.username, user.display_name, Role(user.role), user.branch_id)
    return actor, device_id


def login(
    home: DataHome, username: str, password: str, *, kdf: KdfParams | None = None
) -> LoginResult:
    """Sign in: unwrap, migrate if needed, open, and audit the login."""
    vault = KeyVault(home.vault, kdf)
    key, must_change = unwrap_key(vault, username.strip(), password)
    db = _open_database(home, key)
    try:
        actor, device_id = load_actor(db, username.strip())
    except Exception:
        db.close()
        raise
    ws = Workspace(home=home, vault=vault, db=db, device_id=device_id, key=key)
    with db.writing() as session:
        audited(session, ws, actor, "auth.login", "user", actor.user_id, {})
        # Head office's questionnaires and rule packs, if it published any, govern from now.
        published_rules.adopt(session, device_id=device_id, actor_id=actor.user_id, now=ws.now())
    return LoginResult(ws, actor, must_change)


def lock(ws: Workspace, actor: Actor) -> None:
    """Record the lock, then drop the open database (and with it the key) from memory."""
    with ws.db.writing() as session:
        audited(session, ws, actor, "auth.lock", "user", actor.user_id, {})
    ws.close()


def unlock(ws: Workspace, actor: Actor, password: str) -> None:
    """Unwrap the same user's slot again and reopen the database."""
    key, _ = unwrap_key(ws.vault, actor.username, password)
    ws.db = Database(ws.home.database, key)
    ws.key = key
    with ws.db.writing() as session:
        audited(session, ws, actor, "auth.unlock", "user", actor.user_id, {})


def change_own_password(ws: Workspace, actor: Actor, old: str, new: str, repeat: str) -> None:
    errors = password_problems(new, actor.username, field="new_password")
    if new != repeat:
        errors.append(
            FieldError(
                "new_password_repeat",
                "PASSWORD_MISMATCH",
                translate("Setup", "The two passwords differ."),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    key, _ = unwrap_key(ws.vault, actor.username, old)
    ws.vault.set_password(key, actor.username, new)
    with ws.db.writing() as session:
        audited(session, ws, actor, "auth.change_password", "user", actor.user_id, {})


def recover_with_code(
    home: DataHome,
    recovery_code: str,
    username: str,
    new_password: str,
    repeat: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """Forgotten password: the recovery code sets a new password for ``username``.

    Also clears that account's failures and lock. Audited as ``auth.recover``.
    """
    errors = password_problems(new_password, username, field="new_password")
    if new_password != repeat:
        errors.append(
            FieldError(
                "new_password_repeat",
                "PASSWORD_MISMATCH",
                translate("Setup", "The two passwords differ."),
            )
        )
    if errors:
        raise ValidationFailed(errors)
    vault = KeyVault(home.vault, kdf)
    try:
        key = vault.unlock_with_recovery(recovery_code)
    except WrongSecret:
        raise LoginRefused(translate("Login", "The recovery code is wrong.")) from None
    db = _open_database(home, key)
    try:
        actor, device_id = load_actor(db, username.strip())
        vault.set_password(key, actor.username, new_password)
        ws = Workspace(home=home, vault=vault, db=db, device_id=device_id)
        with db.writing() as session:
            audited(session, ws, actor, "auth.recover", "user", actor.user_id, {})
    finally:
        db.close()


def logout(ws: Workspace, actor: Actor) -> None:
    """Record the sign-out and close the database (the app is closing)."""
    if ws.db.is_open:
        with ws.db.writing() as session:
            audited(session, ws, actor, "auth.logout", "user", actor.user_id, {})
    ws.close()
