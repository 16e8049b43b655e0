"""The key vault: the database's data key, stored only wrapped.

The SQLCipher data key is 32 random bytes. It never touches the disk in the clear: the
vault file (``keyslots.json`` in the data folder) holds one slot per user — the key sealed
with AES-256-GCM under a key derived from that user's password with Argon2id — and one
recovery slot sealed under the recovery code shown once at setup. Logging in is
unwrapping your slot; locking is forgetting the key.

The vault file also carries each user's failed-login counter and lock flag, because it
must be readable before the database can be opened; it survives restarts. It is written
atomically (temporary file, fsync, rename).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VAULT_FORMAT = 1
RECOVERY_SLOT = "__recovery__"
# Failed attempts after which each further attempt waits, and after which the account locks.
DELAY_AFTER_FAILURES = 5
LOCK_AFTER_FAILURES = 10
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Defaults exceed OWASP's minimum (m ≥ 19 MiB, t ≥ 2)."""

    memory_kib: int = 65536
    iterations: int = 3
    parallelism: int = 4

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=self.iterations,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


@dataclass
class KeySlot:
    name: str  # username, or RECOVERY_SLOT
    salt: str
    nonce: str
    wrapped: str
    kdf: dict[str, int]
    failed_attempts: int = 0
    last_failure_at: str | None = None
    locked: bool = False
    must_change_password: bool = False


@dataclass
class VaultFile:
    database_id: str
    slots: dict[str, KeySlot] = field(default_factory=dict)
    format: int = VAULT_FORMAT


class VaultError(Exception):
    """Base of key-vault failures (the UI maps each subclass to a translated message)."""


class UnknownUser(VaultError):
    pass


class WrongSecret(VaultError):
    def __init__(self, failed_attempts: int, retry_delay_s: int) -> None:
        super().__init__("wrong password or recovery code")
        self.failed_attempts = failed_attempts
        self.retry_delay_s = retry_delay_s


class AccountLocked(VaultError):
    pass


class TooSoon(VaultError):
    def __init__(self, wait_s: int) -> None:
        super().__init__(f"wait {wait_s} s")
        self.wait_s = wait_s


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def retry_delay_seconds(failed_attempts: int) -> int:
    """Delay before the next attempt: none for the first 5 failures, then doubling from 2 s."""
    if failed_attempts < DELAY_AFTER_FAILURES:
        return 0
    delay: int = 2 ** (failed_attempts - DELAY_AFTER_FAILURES + 1)
    return min(delay, 300)


def new_recovery_code() -> str:
    """A recovery code: 6 groups of 5 unambiguous characters (~150 bits)."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(30))
    return "-".join(chars[i : i + 5] for i in range(0, 30, 5))


def normalize_recovery_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


class KeyVault:
    """Reads and writes the vault file; wraps and unwraps the data key."""

    def __init__(self, path: Path, kdf: KdfParams | None = None) -> None:
        self.path = path
        self.kdf = kdf or KdfParams()

    # -- file -------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> VaultFile:
        raw: dict[str, Any] = json.loads(self.path.read_text("utf-8"))
        slots = {name: KeySlot(**slot) for name, slot in raw.get("slots", {}).items()}
        return VaultFile(database_id=raw["database_id"], slots=slots, format=raw["format"])

    def save(self, vault: VaultFile) -> None:
        payload = {
            "format": vault.format,
            "database_id": vault.database_id,
            "slots": {name: asdict(slot) for name, slot in vault.slots.items()},
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".keyslots-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=1, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # -- slots ------------------------------------------------------------------------
    def _seal(self, name: str, secret: str, data_key: bytes, database_id: str) -> KeySlot:
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = self.kdf.derive(secret, salt)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(database_id, name))
        return KeySlot(
            name=name,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped=_b64(wrapped),
            kdf=asdict(self.kdf),
        )

    @staticmethod
    def _aad(database_id: str, name: str) -> bytes:
        return f"advisor-desk/keyslot/v1/{database_id}/{name}".encode()

    def _open(self, name: str, slot: KeySlot, secret: str, database_id: str) -> bytes | None:
        """Unwrap ``slot`` for ``name``: the name asked for, not the one the slot claims.

        Binding the associated data to the requested name means a slot copied under another
        user's name in the file opens nothing.
        """
        kek = KdfParams(**slot.kdf).derive(secret, _unb64(slot.salt))
        try:
            return AESGCM(kek).decrypt(
                _unb64(slot.nonce), _unb64(slot.wrapped), self._aad(database_id, name)
            )
        except InvalidTag:
            return None

    def create(self, database_id: str, username: str, password: str) -> tuple[bytes, str]:
        """Create a vault with a fresh data key; returns (data key, recovery code)."""
        data_key = os.urandom(32)
        recovery = new_recovery_code()
        vault = VaultFile(database_id=database_id)
        vault.slots[username] = self._seal(username, password, data_key, database_id)
        vault.slots[RECOVERY_SLOT] = self._seal(
            RECOVERY_SLOT, normalize_recovery_code(recovery), data_key, database_id
        )
        self.save(vault)
        return data_key, recovery

    def unlock(
        self, username: str, password: str, now: datetime | None = None
    ) -> tuple[bytes, KeySlot]:
        """Unwrap ``username``'s slot; returns the data key and the slot.

        Counts failures in the file (survives restarts), enforces the growing delay after
        5 failures and locks the account after 10.
        """
        now = now or datetime.now(UTC)
        vault = self.load()
        slot = vault.slots.get(username)
        if slot is None or username == RECOVERY_SLOT:
            raise UnknownUser(username)
        if slot.locked:
            raise AccountLocked(username)
        wait = self._remaining_wait(slot, now)
        if wait > 0:
            raise TooSoon(wait)
        key = self._open(username, slot, password, vault.database_id)
        if key is None:
            slot.failed_attempts += 1
            slot.last_failure_at = now.isoformat()
            if slot.failed_attempts >= LOCK_AFTER_FAILURES:
                slot.locked = True
            self.save(vault)
            if slot.locked:
                raise AccountLocked(username)
            raise WrongSecret(slot.failed_attempts, retry_delay_seconds(slot.failed_attempts))
        if slot.failed_attempts:
            slot.failed_attempts = 0
            slot.last_failure_at = None
            self.save(vault)
        return key, slot

    @staticmethod
    def _remaining_wait(slot: KeySlot, now: datetime) -> int:
        if not slot.last_failure_at:
            return 0
        delay = retry_delay_seconds(slot.failed_attempts)
        elapsed = (now - datetime.fromisoformat(slot.last_failure_at)).total_seconds()
        # Clamped to ``delay``: a clock set back must not turn the wait into hours.
        return max(0, min(delay, int(delay - elapsed + 0.999)))

    def unlock_with_recovery(self, code: str) -> bytes:
        vault = self.load()
        slot = vault.slots[RECOVERY_SLOT]
        key = self._open(RECOVERY_SLOT, slot, normalize_recovery_code(code), vault.database_id)
        if key is None:
            raise WrongSecret(0, 0)
        return key

    def set_password(
        self, data_key: bytes, username: str, password: str, *, must_change: bool = False
    ) -> None:
        """Give ``username`` a (new) slot for ``password``; clears failures and the lock."""
        vault = self.load()
        slot = self._seal(username, password, data_key, vault.database_id)
        slot.must_change_password = must_change
        vault.slots[username] = slot
        self.save(vault)

    def remove_slot(self, username: str) -> None:
        """Drop a user's slot (disabling them): without it their password opens nothing."""
        vault = self.load()
        vault.slots.pop(username, None)
        self.save(vault)

    def unlock_account(self, username: str) -> None:
        vault = self.load()
        slot = vault.slots.get(username)
        if slot is None:
            raise UnknownUser(username)
        slot.locked = False
        slot.failed_attempts = 0
        slot.last_failure_at = None
        self.save(vault)

    def slot(self, username: str) -> KeySlot | None:
        return self.load().slots.get(username)

    def database_id(self) -> str:
        return self.load().database_id
