"""First-run setup: create the encrypted database, the first admin, branch and device."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.passwords import password_problems
from app.domain.roles import Role
from app.errors import FieldError, UserError, ValidationFailed
from app.i18n import translate
from app.services.context import Actor, Workspace, audited, utc_now
from app.store.engine import Database, create_encrypted_engine
from app.store.home import DataHome
from app.store.ids import new_id
from app.store.keyvault import KdfParams, KeyVault
from app.store.migrate import upgrade_database
from app.store.models import Branch, Device, User
from app.store.serialize import row_dict

USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


@dataclass(frozen=True)
class SetupRequest:
    admin_username: str
    admin_display_name: str
    password: str
    password_repeat: str
    branch_code: str
    branch_name: str
    device_name: str


def username_problems(username: str, field: str = "username") -> list[FieldError]:
    if not username:
        return [FieldError(field, "REQUIRED", translate("Setup", "A user name is required."))]
    if not (3 <= len(username) <= 32) or set(username) - USERNAME_CHARS:
        return [
            FieldError(
                field,
                "USERNAME_FORMAT",
                translate(
                    "Setup",
                    "User names have 3–32 characters: lowercase letters, digits, '.', '_' or '-'.",
                ),
            )
        ]
    return []


def required(value: str, field: str, label: str) -> list[FieldError]:
    if value.strip():
        return []
    message = translate("Setup", "{label} is required.").format(label=label)
    return [FieldError(field, "REQUIRED", message)]


def validate_setup(req: SetupRequest) -> list[FieldError]:
    errors = username_problems(req.admin_username, "admin_username")
    errors += required(req.admin_display_name, "admin_display_name", translate("Setup", "Name"))
    errors += password_problems(req.password, req.admin_username)
    if req.password != req.password_repeat:
        errors.append(
            FieldError(
                "password_repeat",
                "PASSWORD_MISMATCH",
                translate("Setup", "The two passwords differ."),
            )
        )
    errors += required(req.branch_code, "branch_code", translate("Setup", "Branch code"))
    errors += required(req.branch_name, "branch_name", translate("Setup", "Branch name"))
    errors += required(req.device_name, "device_name", translate("Setup", "Device name"))
    return errors


@dataclass(frozen=True)
class SetupResult:
    recovery_code: str
    workspace: Workspace
    actor: Actor


def first_run_setup(
    home: DataHome, req: SetupRequest, *, kdf: KdfParams | None = None
) -> SetupResult:
    """Create everything; returns the recovery code (shown once) and the open workspace."""
    errors = validate_setup(req)
    if errors:
        raise ValidationFailed(errors)
    if home.vault.exists() or home.database.exists():
        raise UserError(translate("Setup", "This data folder is already set up."))
    home.ensure()
    vault = KeyVault(home.vault, kdf)
    data_key, recovery = vault.create(new_id(), req.admin_username, req.password)
    create_encrypted_engine(home.database, data_key).dispose()
    upgrade_database(home.database, data_key, home.backups)
    db = Database(home.database, data_key)
    device_id = new_id()
    ws = Workspace(home=home, vault=vault, db=db, device_id=device_id, key=data_key)
    now = utc_now()
    sync = {"created_at": now, "updated_at": now, "origin_device_id": device_id}
    with db.writing() as session:
        branch = Branch(
            id=new_id(), code=req.branch_code.strip(), name=req.branch_name.strip(), **sync
        )
        device = Device(
            id=device_id,
            name=req.device_name.strip(),
            branch_id=branch.id,
            is_this_device=True,
            **sync,
        )
        admin = User(
            id=new_id(),
            username=req.admin_username,
            role=Role.ADMIN.value,
            display_name=req.admin_display_name.strip(),
            branch_id=branch.id,
            **sync,
        )
        session.add_all([branch, device])
        session.flush()
        session.add(admin)
        session.flush()
        actor = Actor(admin.id, admin.username, admin.display_name, Role.ADMIN, branch.id)
        audited(
            session,
            ws,
            actor,
            "setup.initialize",
            "device",
            device.id,
            {"branch": row_dict(branch), "device": row_dict(device)},
            outbox=row_dict(device),
        )
    return SetupResult(recovery_code=recovery, workspace=ws, actor=actor)
