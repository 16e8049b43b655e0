"""``advisor-desk-server``: enroll, revoke, publish, compact, serve; bad input is one line."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest

from app.resources import resource_path
from server.cli import main
from server.db import Database
from server.publish import product_id
from tests.server.harness import REVISION, Server, csr_pem

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enroll_prints_only_a_code_that_enrolls_a_device(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        "enroll",
        "--branch",
        "GZ007",
        "--role",
        "supervisor",
        "--db",
        server.settings.db_url,
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1 and len(lines[0]) == 39  # 8 groups of 4, 7 dashes
    body = server.enroll_body(lines[0])
    answer = server.http.post("/sync/enroll", json=body, headers={"X-Schema-Revision": REVISION})
    assert answer.status_code == 201
    assert answer.json()["role"] == "supervisor" and answer.json()["branch"]["code"] == "GZ007"


def test_revoke_takes_effect_on_the_next_request(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    device = server.enroll()
    code, out, _err = run(capsys, "revoke", device.device_id, "--db", server.settings.db_url)
    assert code == 0 and out.startswith(f"revoked {device.device_id}")
    response = server.http.get("/sync/status", headers=device.headers())
    assert response.status_code == 403


def test_publish_catalog_and_resources_reach_devices_once(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    device = server.enroll("SH001", "advisor")
    catalog = str(resource_path("catalog", "demo_catalog.json"))
    db = server.settings.db_url
    assert run(capsys, "publish-catalog", catalog, "--db", db)[1] == "published 38 of 38 products\n"
    assert run(capsys, "publish-catalog", catalog, "--db", db)[1] == "published 0 of 38 products\n"
    code, out, _ = run(capsys, "publish-resources", "--db", db)
    assert code == 0 and out.startswith("published ")
    changes = device.pull_all()
    products = [c for c in changes if c["entity"] == "product"]
    assert len(products) == 38
    first = products[0]["payload"]
    assert first["code"] == "WM24001" and first["id"] == product_id("WM24001")
    assert first["min_amount"] == "10000.00" and first["catalog_version"] == "2026.11-demo"
    resources = {c["entity_id"]: c["payload"] for c in changes if c["entity"] == "resource"}
    assert "rulepacks/CSRC-2016.json" in resources
    assert "rulepacks/overlays/insurance.json" in resources
    questionnaire = resources["questionnaires/securities-20.json"]
    shipped = resource_path("questionnaires", "securities-20.json").read_text("utf-8")
    assert questionnaire["content"] == shipped
    assert json.loads(questionnaire["content"])


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["enroll", "--branch", "BJ001", "--role", "admin"], "--role"),
        (["enroll"], "--branch"),
        (["enroll", "--branch", "   "], "--branch"),
        (["revoke", "00000000-0000-0000-0000-000000000000"], "DEVICE_ID"),
        (["publish-catalog", "no-such-file.json"], "FILE"),
        (["serve", "--port", "70000"], "--port"),
        (["serve", "--port", "eighty"], "--port"),
        (["enroll", "--branch", "X", "--db", "mysql://root@localhost/x"], "--db"),
        (["compact", "--through", "-1"], "--through"),
    ],
)
def test_bad_input_is_one_line_naming_the_field_and_exit_2(
    argv: list[str],
    field: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ADVISOR_DESK_SERVER_HOME", str(tmp_path))
    with pytest.raises(SystemExit) as raised:
        raise SystemExit(main(argv))
    _out, err = capsys.readouterr()
    assert raised.value.code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert field in err and "Traceback" not in err


def test_a_catalog_row_error_names_the_row_and_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADVISOR_DESK_SERVER_HOME", str(tmp_path))
    catalog = json.loads(resource_path("catalog", "demo_catalog.json").read_text("utf-8"))
    catalog["products"][2]["risk_issuer"] = "R9"
    bad = tmp_path / "catalog.json"
    bad.write_text(json.dumps(catalog), "utf-8")
    code, _out, err = run(capsys, "publish-catalog", str(bad))
    assert code == 2 and len(err.splitlines()) == 1
    assert "Row 3" in err and "risk_issuer" in err


def test_the_default_database_is_sqlite_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADVISOR_DESK_SERVER_HOME", str(tmp_path / "home"))
    code, out, _ = run(capsys, "enroll", "--branch", "BJ001")
    assert code == 0 and out.strip()
    db = Database(f"sqlite:///{tmp_path / 'home' / 'server.db'}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        db.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.mark.slow
def test_serve_migrates_creates_the_ca_and_answers(tmp_path: Path) -> None:
    port = free_port()
    env = os.environ | {"ADVISOR_DESK_SERVER_HOME": str(tmp_path)}
    command = [sys.executable, "-m", "server.cli", "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        code = subprocess.run(
            [sys.executable, "-m", "server.cli", "enroll", "--branch", "BJ001"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx2.post(
                    f"{base}/sync/enroll",
                    json={
                        "code": code,
                        "device_id": "0190f3a2-0000-7000-8000-000000000001",
                        "device_name": "desk",
                        "csr_pem": csr_pem(),
                    },
                    headers={"X-Schema-Revision": REVISION},
                )
                break
            except httpx2.TransportError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert response.status_code == 201, response.text
        assert "BEGIN CERTIFICATE" in response.json()["ca_certificate_pem"]
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout:
            process.stdout.close()


def test_publish_resources_from_a_folder_refuses_a_faulty_pack_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADVISOR_DESK_SERVER_HOME", str(tmp_path / "home"))
    edition = tmp_path / "edition"
    for name in ("questionnaires", "rulepacks"):
        (edition / name).mkdir(parents=True)
    pack = json.loads(resource_path("rulepacks", "NFRA-2025.json").read_text("utf-8"))
    (edition / "rulepacks" / "NFRA-2025.json").write_text(json.dumps(pack), "utf-8")
    code, out, _err = run(capsys, "publish-resources", "--from", str(edition))
    assert (code, out) == (0, "published 1 of 1 resources\n")

    pack["product_types"]["no_such_type"] = None
    (edition / "rulepacks" / "NFRA-2025.json").write_text(json.dumps(pack), "utf-8")
    code, out, err = run(capsys, "publish-resources", "--from", str(edition))
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "rulepacks/NFRA-2025.json" in err and "Traceback" not in err
