"""Signing in: Argon2id unwrap, open and audit, against the key derivation alone."""

from __future__ import annotations

import os

from app.store.keyvault import KdfParams
from bench.common import ADVISOR_PASSWORD, emit, median, rss_mb, time_ms
from bench.fixtures import Fixtures

SAMPLES = 10
TARGET_MS = 1000.0


def run(fx: Fixtures) -> None:
    office = fx.small

    def login() -> None:
        office.login_advisor().workspace.close()

    ours = time_ms(login, SAMPLES)
    kdf = KdfParams()
    salt = os.urandom(16)
    baseline = time_ms(lambda: kdf.derive(ADVISOR_PASSWORD, salt), SAMPLES)
    emit(
        "login_unwrap",
        ours,
        rss=rss_mb(),
        baseline=baseline,
        target=TARGET_MS,
        target_met=median(ours) <= TARGET_MS,
        memory_kib=kdf.memory_kib,
        iterations=kdf.iterations,
        parallelism=kdf.parallelism,
        cpu_count=os.cpu_count(),
    )
