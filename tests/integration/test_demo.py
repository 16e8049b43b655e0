"""``advisor-desk demo`` as newcomers and benchmark scripts run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services import assessments, auth, clients
from app.services import cases as cases_service
from app.services.setup import first_run_setup
from app.store.home import DataHome
from tests.conftest import mainland_id, setup_request

ROOT = Path(__file__).resolve().parents[2]


def demo(args: list[str], home: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ADVISOR_DESK_HOME=str(home), ADVISOR_DESK_LANG="en")
    return subprocess.run(
        [sys.executable, "-m", "ui.main", "demo", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_demo_creates_data_the_app_opens_and_writes_one_case_file_per_case(
    tmp_path: Path,
) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    result = demo(["--out", str(out), "--cases", "2"], home)
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr and "demo-password" in result.stderr
    cases = sorted(out.glob("case-*/case.json"))
    assert [p.parent.name for p in cases] == ["case-001", "case-002"]
    summary = json.loads(cases[0].read_text("utf-8"))
    assert summary["steps_completed"] == [
        "onboarding",
        "questionnaire",
        "matching",
        "disclosure",
        "signing",
        "submitted",
    ]
    assert "*" in summary["id_masked"]
    # Each case leaves its sealed pack beside case.json, verified, with the stored hash.
    pack = cases[0].parent / summary["pack"]
    assert summary["pack_verified"] is True
    assert hashlib.sha256(pack.read_bytes()).hexdigest() == summary["pack_sha256"]
    assert pack.read_bytes().startswith(b"%PDF")
    # Each case is matched to a suitable product; the two cases differ in product.
    second = json.loads(cases[1].read_text("utf-8"))
    assert summary["decision"]["outcome"] == second["decision"]["outcome"] == "suitable"
    assert summary["product"] != second["product"]
    assert summary["case_id"] != second["case_id"]

    # The GUI signs in as 'demo' with the same password and sees the same client.
    login = auth.login(DataHome(home), "demo", "demo-password")
    try:
        assert not login.must_change_password
        rows = clients.search_clients(login.workspace, login.actor, "", offset=0, limit=10)
        assert [r.client_id for r in rows] == [summary["client_id"]]
        # ...with its matched case, and one assessment reused by both cases.
        case = cases_service.get_case(login.workspace, login.actor, summary["case_id"])
        assert case.state.value == "submitted" == summary["state"]
        assert case.pack_sha256 == summary["pack_sha256"]
        latest = assessments.latest_assessment(login.workspace, login.actor, summary["client_id"])
        assert latest is not None and latest.valid and case.assessment_id == latest.assessment_id
    finally:
        login.workspace.close()

    # Running it again on the demo folder adds cases to the same database.
    again = demo(["--out", str(tmp_path / "out2")], home)
    assert again.returncode == 0, again.stderr


def test_password_from_stdin_and_a_given_client(tmp_path: Path) -> None:
    client = tmp_path / "client.json"
    client.write_text(
        json.dumps(
            {
                "kind": "person",
                "name": "李四",
                "id_type": "mainland_id",
                "id_number": mainland_id(birth="19580301"),
                "birth_date": "1958-03-01",
                "phone": "13900139000",
                "civil_capacity": "full",
                "investor_class": "ordinary",
                "risk_level": "C3",
                "financial_assets": "800000",
                "annual_income": "200000",
                "investment_experience_years": 3,
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    result = demo(
        ["--out", str(tmp_path / "out"), "--client", str(client), "--password-stdin"],
        tmp_path / "home",
        stdin="Own-demo-pass-9\n",
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    summary = json.loads((tmp_path / "out/case-001/case.json").read_text("utf-8"))
    assert summary["client_name"] == "李四"
    auth.login(DataHome(tmp_path / "home"), "demo", "Own-demo-pass-9").workspace.close()


@pytest.mark.parametrize(("field", "value"), [("phone", "123"), ("birth_date", "1958-13-01")])
def test_invalid_client_data_exits_2_naming_the_field(
    tmp_path: Path, field: str, value: str
) -> None:
    data = {
        "name": "李四",
        "id_number": mainland_id(birth="19580301"),
        "birth_date": "1958-03-01",
        "phone": "13900139000",
        field: value,
    }
    client = tmp_path / "client.json"
    client.write_text(json.dumps(data), "utf-8")
    result = demo(["--out", str(tmp_path / "out"), "--client", str(client)], tmp_path / "h")
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert f"field {field}" in last and "Traceback" not in result.stderr
    assert not (tmp_path / "h" / "advisor-desk.db").exists()


def test_demo_refuses_a_real_database(tmp_path: Path) -> None:
    home = DataHome(tmp_path / "home")
    first_run_setup(home, setup_request()).workspace.close()
    before = home.database.read_bytes()
    result = demo(["--out", str(tmp_path / "out")], home.root)
    assert result.returncode == 2
    assert "non-demo" in result.stderr
    assert home.database.read_bytes() == before
    assert not (tmp_path / "out").exists()
