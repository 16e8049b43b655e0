"""The key vault: the data key only ever stored wrapped, and the login throttle around it."""

from __future__ import annotations

import base64
import itertools
import os
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.keyvault import (
    DELAY_AFTER_FAILURES,
    LOCK_AFTER_FAILURES,
    RECOVERY_SLOT,
    AccountLocked,
    KdfParams,
    KeyVault,
    TooSoon,
    UnknownUser,
    WrongSecret,
    normalize_recovery_code,
    retry_delay_seconds,
)

# Argon2id at a test-only cost; the default cost is checked separately below.
CHEAP = KdfParams(memory_kib=1024, iterations=1, parallelism=1)
PASSWORD = "Harbour-light-42"
T0 = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "keyslots.json"


@pytest.fixture
def created(vault_path: Path) -> tuple[KeyVault, bytes, str]:
    vault = KeyVault(vault_path, CHEAP)
    key, recovery = vault.create("db-0001", "li.advisor", PASSWORD)
    return vault, key, recovery


def fail(vault: KeyVault, at: datetime, username: str = "li.advisor") -> WrongSecret:
    with pytest.raises(WrongSecret) as caught:
        vault.unlock(username, "not-the-password-1", now=at)
    return caught.value


def fail_until(vault: KeyVault, failures: int) -> datetime:
    """Fail ``failures`` times, each as soon as the throttle allows; returns the last time."""
    at = T0
    for n in range(1, failures + 1):
        err = fail(vault, at)
        assert err.failed_attempts == n
        at += timedelta(seconds=err.retry_delay_s)
    return at


# -- wrap / unwrap ---------------------------------------------------------------------


def test_create_gives_a_256_bit_key_that_the_password_unwraps(
    created: tuple[KeyVault, bytes, str],
) -> None:
    vault, key, _ = created
    assert len(key) == 32
    unwrapped, slot = vault.unlock("li.advisor", PASSWORD, now=T0)
    assert unwrapped == key
    assert slot.failed_attempts == 0
    assert not slot.locked


def test_each_vault_gets_its_own_random_key(tmp_path: Path) -> None:
    key_a, code_a = KeyVault(tmp_path / "a.json", CHEAP).create("db-a", "u", PASSWORD)
    key_b, code_b = KeyVault(tmp_path / "b.json", CHEAP).create("db-b", "u", PASSWORD)
    assert key_a != key_b
    assert code_a != code_b


def test_a_new_instance_reading_the_file_unwraps_the_same_key(
    created: tuple[KeyVault, bytes, str],
    vault_path: Path,
) -> None:
    _, key, _ = created
    # A different default cost: the slot's own recorded parameters are what count.
    reopened = KeyVault(vault_path, KdfParams(memory_kib=2048, iterations=2, parallelism=1))
    assert reopened.unlock("li.advisor", PASSWORD, now=T0)[0] == key


def test_unknown_user_is_refused(created: tuple[KeyVault, bytes, str]) -> None:
    vault, _, _ = created
    with pytest.raises(UnknownUser):
        vault.unlock("nobody", PASSWORD, now=T0)


def test_the_recovery_slot_is_not_a_login(created: tuple[KeyVault, bytes, str]) -> None:
    vault, _, recovery = created
    with pytest.raises(UnknownUser):
        vault.unlock(RECOVERY_SLOT, normalize_recovery_code(recovery), now=T0)


def test_a_slot_copied_to_another_user_does_not_open(
    created: tuple[KeyVault, bytes, str],
) -> None:
    """The slot is bound to its user name (AES-GCM associated data)."""
    vault, _, _ = created
    file = vault.load()
    file.slots["mallory"] = file.slots["li.advisor"]
    vault.save(file)
    with pytest.raises(WrongSecret):
        vault.unlock("mallory", PASSWORD, now=T0)


# -- failures, delay and lock ------------------------------------------------------------


def test_wrong_password_counts_failures_in_the_file(
    created: tuple[KeyVault, bytes, str],
    vault_path: Path,
) -> None:
    vault, _, _ = created
    assert fail(vault, T0).failed_attempts == 1
    assert fail(vault, T0).failed_attempts == 2
    slot = KeyVault(vault_path, CHEAP).slot("li.advisor")
    assert slot is not None
    assert slot.failed_attempts == 2
    assert slot.last_failure_at is not None


def test_no_delay_for_the_first_four_failures(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, _ = created
    for n in range(1, DELAY_AFTER_FAILURES):
        err = fail(vault, T0)  # all at the same instant: nothing makes the user wait
        assert (err.failed_attempts, err.retry_delay_s) == (n, 0)
    # The right password right away still works, and clears the counter.
    assert vault.unlock("li.advisor", PASSWORD, now=T0)[0] == key
    slot = vault.slot("li.advisor")
    assert slot is not None
    assert slot.failed_attempts == 0


def test_growing_delay_from_the_fifth_failure(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, _ = created
    at = fail_until(vault, DELAY_AFTER_FAILURES - 1)
    fifth = fail(vault, at)
    assert fifth.failed_attempts == DELAY_AFTER_FAILURES
    assert fifth.retry_delay_s > 0

    # Too soon: refused without even trying the password, and not counted as a failure.
    with pytest.raises(TooSoon) as soon:
        vault.unlock("li.advisor", PASSWORD, now=at + timedelta(seconds=fifth.retry_delay_s - 1))
    assert 0 < soon.value.wait_s <= fifth.retry_delay_s
    slot = vault.slot("li.advisor")
    assert slot is not None
    assert slot.failed_attempts == DELAY_AFTER_FAILURES

    # Once the delay has passed a wrong password is tried again, and the next delay is longer.
    at += timedelta(seconds=fifth.retry_delay_s)
    sixth = fail(vault, at)
    assert sixth.retry_delay_s > fifth.retry_delay_s
    at += timedelta(seconds=sixth.retry_delay_s)
    assert vault.unlock("li.advisor", PASSWORD, now=at)[0] == key


def test_a_clock_set_back_does_not_extend_the_wait(created: tuple[KeyVault, bytes, str]) -> None:
    """The wait is never longer than the delay the user was told, whatever the clock does."""
    vault, key, _ = created
    assert fail(vault, T0).retry_delay_s == 0
    earlier = T0 - timedelta(hours=1)  # e.g. the PC clock corrected backwards
    assert vault.unlock("li.advisor", PASSWORD, now=earlier)[0] == key

    at = fail_until(vault, DELAY_AFTER_FAILURES)
    with pytest.raises(TooSoon) as soon:
        vault.unlock("li.advisor", PASSWORD, now=at - timedelta(hours=1))
    assert soon.value.wait_s <= retry_delay_seconds(DELAY_AFTER_FAILURES)


def test_locked_after_ten_failures_even_for_the_right_password(
    created: tuple[KeyVault, bytes, str],
) -> None:
    vault, _, _ = created
    at = fail_until(vault, LOCK_AFTER_FAILURES - 1)
    with pytest.raises(AccountLocked):
        vault.unlock("li.advisor", "not-the-password-1", now=at)
    later = at + timedelta(days=1)
    with pytest.raises(AccountLocked):
        vault.unlock("li.advisor", PASSWORD, now=later)


def test_lock_survives_a_restart(created: tuple[KeyVault, bytes, str], vault_path: Path) -> None:
    vault, _, _ = created
    at = fail_until(vault, LOCK_AFTER_FAILURES - 1)
    with pytest.raises(AccountLocked):
        vault.unlock("li.advisor", "not-the-password-1", now=at)
    restarted = KeyVault(vault_path)  # a new process: only the file carries the lock
    with pytest.raises(AccountLocked):
        restarted.unlock("li.advisor", PASSWORD, now=at + timedelta(days=30))


def test_admin_unlock_account_clears_the_lock(
    created: tuple[KeyVault, bytes, str],
    vault_path: Path,
) -> None:
    vault, key, _ = created
    at = fail_until(vault, LOCK_AFTER_FAILURES - 1)
    with pytest.raises(AccountLocked):
        vault.unlock("li.advisor", "not-the-password-1", now=at)
    KeyVault(vault_path, CHEAP).unlock_account("li.advisor")
    slot = vault.slot("li.advisor")
    assert slot is not None
    assert (slot.locked, slot.failed_attempts, slot.last_failure_at) == (False, 0, None)
    assert vault.unlock("li.advisor", PASSWORD, now=at)[0] == key
    with pytest.raises(UnknownUser):
        vault.unlock_account("nobody")


def test_failures_of_one_user_do_not_touch_another(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, _ = created
    vault.set_password(key, "wang.sup", "Second-user-77")
    fail_until(vault, LOCK_AFTER_FAILURES - 1)
    assert vault.unlock("wang.sup", "Second-user-77", now=T0)[0] == key


@settings(max_examples=300, database=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_retry_delay_never_shrinks_as_failures_grow(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert 0 <= retry_delay_seconds(low) <= retry_delay_seconds(high) <= 300


def test_retry_delay_shape() -> None:
    assert [retry_delay_seconds(n) for n in range(DELAY_AFTER_FAILURES)] == [0] * 5
    delays = [retry_delay_seconds(n) for n in range(DELAY_AFTER_FAILURES, LOCK_AFTER_FAILURES)]
    assert all(later > earlier for earlier, later in itertools.pairwise(delays))


# -- recovery code ---------------------------------------------------------------------


def test_recovery_code_unwraps_the_same_key(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, recovery = created
    groups = recovery.split("-")
    assert len(groups) == 6
    assert all(len(group) == 5 for group in groups)
    assert vault.unlock_with_recovery(recovery) == key


@pytest.mark.parametrize(
    "typed",
    [
        lambda code: code.lower(),
        lambda code: code.replace("-", ""),
        lambda code: " ".join(code.lower().split("-")),
        lambda code: f"  {code.replace('-', '').lower()}  ",
    ],
    ids=["lower-case", "no-dashes", "spaces-lower", "padded"],
)
def test_recovery_code_as_people_type_it(
    created: tuple[KeyVault, bytes, str],
    typed: Callable[[str], str],
) -> None:
    vault, key, recovery = created
    assert vault.unlock_with_recovery(typed(recovery)) == key


def test_wrong_recovery_code_is_refused(created: tuple[KeyVault, bytes, str]) -> None:
    vault, _, recovery = created
    wrong = ("A" if recovery[0] != "A" else "B") + recovery[1:]
    with pytest.raises(WrongSecret):
        vault.unlock_with_recovery(wrong)


# -- slots -------------------------------------------------------------------------------


def test_set_password_replaces_the_old_one(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, _ = created
    vault.set_password(key, "li.advisor", "Brand-new-pass-9", must_change=True)
    unwrapped, slot = vault.unlock("li.advisor", "Brand-new-pass-9", now=T0)
    assert unwrapped == key
    assert slot.must_change_password
    with pytest.raises(WrongSecret):
        vault.unlock("li.advisor", PASSWORD, now=T0)


def test_remove_slot_makes_that_password_useless(created: tuple[KeyVault, bytes, str]) -> None:
    vault, key, recovery = created
    vault.set_password(key, "wang.sup", "Second-user-77")
    vault.remove_slot("li.advisor")
    with pytest.raises(UnknownUser):
        vault.unlock("li.advisor", PASSWORD, now=T0)
    assert "li.advisor" not in vault.path.read_text("utf-8")
    # Everyone else is untouched.
    assert vault.unlock("wang.sup", "Second-user-77", now=T0)[0] == key
    assert vault.unlock_with_recovery(recovery) == key


def test_vault_file_holds_neither_password_nor_data_key(
    created: tuple[KeyVault, bytes, str],
    vault_path: Path,
) -> None:
    vault, key, recovery = created
    vault.set_password(key, "wang.sup", "Second-user-77")
    raw = vault_path.read_bytes()
    for secret in (PASSWORD, "Second-user-77", recovery, normalize_recovery_code(recovery)):
        assert secret.encode() not in raw
        assert secret.replace("-", "").encode() not in raw
    assert key not in raw
    for text in (
        key.hex(),
        key.hex().upper(),
        base64.b64encode(key).decode(),
        base64.urlsafe_b64encode(key).decode(),
    ):
        assert text.encode() not in raw
    # Written atomically: no temporary files left behind.
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["keyslots.json"]


# -- KDF ---------------------------------------------------------------------------------


def test_default_kdf_meets_owasp_for_argon2id() -> None:
    params = KdfParams()
    assert params.memory_kib >= 19 * 1024
    assert params.iterations >= 2
    assert params.parallelism >= 1
    assert KeyVault(Path("unused.json")).kdf == params


def test_kdf_is_argon2id() -> None:
    salt = os.urandom(16)
    derived = CHEAP.derive("Harbour-light-42", salt)

    def argon2(kind: Type) -> bytes:
        return hash_secret_raw(
            b"Harbour-light-42",
            salt,
            time_cost=1,
            memory_cost=1024,
            parallelism=1,
            hash_len=32,
            type=kind,
        )

    assert derived == argon2(Type.ID)
    assert derived not in (argon2(Type.I), argon2(Type.D))


def test_slots_record_the_cost_they_were_sealed_with(vault_path: Path) -> None:
    vault = KeyVault(vault_path)  # the shipped defaults
    key, _ = vault.create("db-0001", "li.advisor", PASSWORD)
    for slot in vault.load().slots.values():
        assert slot.kdf["memory_kib"] >= 19 * 1024
        assert slot.kdf["iterations"] >= 2
    assert KeyVault(vault_path, CHEAP).unlock("li.advisor", PASSWORD, now=T0)[0] == key
