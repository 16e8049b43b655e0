"""``advisor-desk sync``: one JSON line; exit 0 all sent, 1 some unsent or rejected, 2 error."""

from __future__ import annotations

import io
import json
import socket

import pytest

from app.cli import run_cli
from app.store.audit import enqueue
from tests.conftest import ADMIN_PASSWORD, Office
from tests.sync.harness import HeadOfficeServer

pytestmark = pytest.mark.usefixtures("fast_kdf")
KEYS = {"pushed", "pulled", "duplicates", "conflicts", "rejected", "unsent"}


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = run_cli(["sync", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_enroll_push_and_pull_then_refused_ops_then_errors(
    office: Office,
    head_office: HeadOfficeServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    head_office.publish_catalog()
    login = ["--user", "admin", "--password-stdin"]

    code, out, err = run(
        monkeypatch, capsys, "--server", head_office.base, "--enroll", head_office.code(), *login
    )
    assert (code, err) == (0, "")
    [line] = out.splitlines()
    first = json.loads(line)
    assert set(first) == KEYS and first["pulled"] > 0 and first["unsent"] == 0

    with office.admin_ws.db.writing() as session:
        enqueue(
            session,
            entity="gadget",
            entity_id="g-1",
            op="upsert",
            payload={"id": "g-1"},
            at=office.admin_ws.now(),
        )
    code, out, err = run(monkeypatch, capsys, "--server", head_office.base, *login)
    assert code == 1 and json.loads(out)["rejected"] == 1 and err == ""

    code, out, _err = run(monkeypatch, capsys, "--server", head_office.base, *login)
    assert code == 0 and json.loads(out)["rejected"] == 0  # refused once, not resent

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setattr("app.sync.protocol.Retry.first_pause_s", 0.0)
    code, out, err = run(monkeypatch, capsys, "--server", closed, *login)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "offline" in err


def test_errors_are_one_line_and_exit_2(
    office: Office,
    head_office: HeadOfficeServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    login = ["--user", "admin", "--password-stdin"]
    cases = [
        (["--server", head_office.base, *login], "not_enrolled"),
        (["--server", head_office.base, "--enroll", "AAAA-BBBB", *login], "bad_code"),
        (["--server", head_office.base], "--user"),
        (["--server", "ftp://x", "--enroll", head_office.code(), *login], "head-office address"),
        (["--server", head_office.base, "--user", "nobody", "--password-stdin"], "--user"),
        ([], "--server"),
    ]
    for args, named in cases:
        code, out, err = run(monkeypatch, capsys, *args)
        assert (code, out) == (2, ""), args
        assert len(err.splitlines()) == 1 and named in err, (args, err)
