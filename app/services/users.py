"""User administration (admin only): create, disable, enable, reset passwords, unlock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.passwords import password_problems
from app.domain.roles import Permission, Role
from app.errors import FieldError, NotFound, UserError, ValidationFailed
from app.i18n import translate
from app.services.context import Actor, Workspace, audited, require
from app.services.setup import required, username_problems
from app.store.ids import new_id
from app.store.keyvault import KeySlot
from app.store.models import User
from app.store.serialize import row_dict


@dataclass(frozen=True)
class UserRow:
    user_id: str
    username: str
    display_name: str
    role: Role
    disabled: bool
    locked: bool
    failed_attempts: int
    must_change_password: bool


def list_users(ws: Workspace, actor: Actor) -> list[UserRow]:
    require(actor, Permission.USER_MANAGE)
    slots = ws.vault.load().slots
    with ws.db.reading() as session:
        users = session.scalars(select(User).order_by(User.username)).all()
    return [_row(u, slots.get(u.username)) for u in users]


def _row(user: User, slot: KeySlot | None) -> UserRow:
    return UserRow(
        user_id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        disabled=user.disabled,
        locked=bool(slot and slot.locked),
        failed_attempts=slot.failed_attempts if slot else 0,
        must_change_password=bool(slot and slot.must_change_password),
    )


def _get(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise NotFound(translate("Users", "No user named {name}.").format(name=username))
    return user


def create_user(
    ws: Workspace,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    temporary_password: str,
) -> UserRow:
    """A new user with a key slot; they must change the temporary password at first login."""
    require(actor, Permission.USER_MANAGE)
    username = username.strip()
    errors = username_problems(username)
    errors += required(display_name, "display_name", translate("Users", "Name"))
    errors += password_problems(temporary_password, username, field="temporary_password")
    if errors:
        raise ValidationFailed(errors)
    with ws.db.reading() as session:
        if session.scalars(select(User.id).where(User.username == username)).first():
            raise ValidationFailed(
                [
                    FieldError(
                        "username", "USERNAME_TAKEN", translate("Users", "This user name is taken.")
                    )
                ]
            )
    key = ws.data_key()
    now = ws.now()
    with ws.db.writing() as session:
        user = User(
            id=new_id(),
            username=username,
            display_name=display_name.strip(),
            role=role.value,
            branch_id=actor.branch_id,
            created_at=now,
            updated_at=now,
            origin_device_id=ws.device_id,
        )
        session.add(user)
        session.flush()
        audited(
            session,
            ws,
            actor,
            "user.create",
            "user",
            user.id,
            {"role": role.value},
            outbox=row_dict(user),
        )
        ws.vault.set_password(key, username, temporary_password, must_change=True)
    return _row(user, ws.vault.slot(username))


def set_disabled(
    ws: Workspace, actor: Actor, username: str, disabled: bool, *, temporary_password: str = ""
) -> None:
    """Disable (removes the key slot) or enable (needs a new temporary password)."""
    require(actor, Permission.USER_MANAGE)
    if disabled and username == actor.username:
        raise UserError(translate("Users", "You cannot disable your own account."))
    key = b""
    if not disabled:
        problems = password_problems(temporary_password, username, field="temporary_password")
        if problems:
            raise ValidationFailed(problems)
        key = ws.data_key()
    with ws.db.writing() as session:
        user = _get(session, username)
        user.disabled = disabled
        user.updated_at = ws.now()
        session.flush()
        audited(
            session,
            ws,
            actor,
            "user.disable" if disabled else "user.enable",
            "user",
            user.id,
            {},
            outbox=row_dict(user),
        )
        if disabled:
            ws.vault.remove_slot(username)
        else:
            ws.vault.set_password(key, username, temporary_password, must_change=True)


def reset_password(ws: Workspace, actor: Actor, username: str, temporary_password: str) -> None:
    require(actor, Permission.USER_MANAGE)
    problems = password_problems(temporary_password, username, field="temporary_password")
    if problems:
        raise ValidationFailed(problems)
    key = ws.data_key()
    with ws.db.writing() as session:
        user = _get(session, username)
        if user.disabled:
            raise UserError(translate("Users", "Enable the account before resetting it."))
        audited(session, ws, actor, "user.reset_password", "user", user.id, {})
        ws.vault.set_password(key, username, temporary_password, must_change=True)


def unlock_account(ws: Workspace, actor: Actor, username: str) -> None:
    require(actor, Permission.USER_MANAGE)
    with ws.db.writing() as session:
        user = _get(session, username)
        audited(session, ws, actor, "user.unlock", "user", user.id, {})
        ws.vault.unlock_account(username)


def change_role(ws: Workspace, actor: Actor, username: str, role: Role) -> UserRow:
    """Give a user another role; the last active administrator keeps theirs."""
    require(actor, Permission.USER_MANAGE)
    if username == actor.username:
        raise UserError(translate("Users", "You cannot change your own role."))
    with ws.db.writing() as session:
        user = _get(session, username)
        if user.role == role.value:
            return _row(user, ws.vault.slot(username))
        if user.role == Role.ADMIN.value:
            admins = session.scalars(
                select(User.id).where(User.role == Role.ADMIN.value, User.disabled.is_(False))
            ).all()
            if len(admins) <= 1:
                raise UserError(
                    translate("Users", "At least one active administrator must remain.")
                )
        old = user.role
        user.role = role.value
        user.updated_at = ws.now()
        user.version += 1
        session.flush()
        audited(
            session,
            ws,
            actor,
            "user.change_role",
            "user",
            user.id,
            {"from": old, "to": role.value},
            outbox=row_dict(user),
        )
        return _row(user, ws.vault.slot(username))
