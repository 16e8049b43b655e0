"""``advisor-desk suitability`` and ``advisor-desk questionnaire score`` as scripts call them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXAMPLE: dict[str, Any] = {
    "id": "any string",
    "client": {
        "kind": "person",
        "birth_date": "1958-03-01",
        "civil_capacity": "full",
        "investor_class": "ordinary",
        "risk_level": "C3",
        "lowest_category": False,
        "assessed_at": "2026-03-01T10:00:00+08:00",
        "horizon": "1-5y",
        "varieties": ["fixed_income", "equity"],
        "financial_assets": "800000",
        "annual_income": "200000",
        "income_3y_avg": "200000",
        "family_financial_assets": "1200000",
        "family_financial_net_assets": "1000000",
        "investment_experience_years": 3,
        "guardian_consent": False,
    },
    "product": {
        "code": "WM001",
        "type": "bank_wm",
        "regime": None,
        "risk_issuer": "R3",
        "risk_distributor": "R3",
        "term_days": 365,
        "variety": "fixed_income",
        "min_amount": "10000",
        "insurance_life": False,
    },
    "amount": "100000",
    "channel": "branch",
    "annual_premium": None,
}
AT = "2026-06-01T10:00:00+08:00"
CONTRACT_CODES = {
    "RISK_ABOVE_LEVEL",
    "HORIZON_EXCEEDS",
    "VARIETY_NOT_INTENDED",
    "LOWEST_CATEGORY",
    "NO_CAPACITY",
    "LIMITED_CAPACITY_NEEDS_GUARDIAN",
    "LIMITED_CAPACITY_RISK_TOO_HIGH",
    "ASSESSMENT_MISSING",
    "ASSESSMENT_EXPIRED",
    "NOT_QUALIFIED_INVESTOR",
    "BELOW_MIN_TICKET",
    "AFFORDABILITY_EXCEEDED",
}
CONTRACT_REQUIRES = {
    "ELDERLY_SPECIAL_CARE",
    "SPECIAL_WARNING_SIGNED",
    "DUAL_RECORDING",
    "COOLING_OFF",
    "FREE_LOOK",
    "CONCENTRATION_NOTICE",
    "PREMIUM_AFFORDABILITY_NOTICE",
}


def case(id_: str, **changes: Any) -> dict[str, Any]:
    """EXAMPLE with ``id`` and changes such as ``product__risk_issuer="R4"``."""
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE))
    data["id"] = id_
    for key, value in changes.items():
        *parents, last = key.split("__")
        node = data
        for name in parents:
            node = node[name]
        node[last] = value
    return data


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    values = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    values["ADVISOR_DESK_HOME"] = str(tmp_path / "home")
    values["ADVISOR_DESK_LANG"] = "en"
    return values


def write_lines(path: Path, lines: list[dict[str, Any] | str]) -> Path:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", "utf-8")
    return path


def decide(
    tmp_path: Path, env: dict[str, str], lines: list[dict[str, Any] | str], *extra: str
) -> list[dict[str, Any]]:
    source = write_lines(tmp_path / "in.jsonl", lines)
    result = run(["suitability", "--input", str(source), *extra], env)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return [json.loads(line) for line in result.stdout.splitlines()]


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The one stderr line of a refused run (exit 2, nothing on stdout, no traceback)."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# -- suitability -------------------------------------------------------------------------


def test_the_contract_example_gives_a_decision_of_the_contract_shape(
    tmp_path: Path, env: dict[str, str]
) -> None:
    [decision] = decide(tmp_path, env, [EXAMPLE], "--at", AT)
    assert list(decision) == ["id", "outcome", "effective_risk", "reasons", "requires"]
    assert decision["id"] == "any string"
    assert decision["outcome"] == "suitable"
    assert decision["effective_risk"] == "R3"
    assert decision["reasons"] == []
    # An NFRA product sold in a branch is dual-recorded.
    assert decision["requires"] == ["DUAL_RECORDING"]


def test_lines_keep_their_order_and_ids_and_blank_lines_are_skipped(
    tmp_path: Path, env: dict[str, str]
) -> None:
    lines: list[dict[str, Any] | str] = [
        case("a"),
        case("b", product__risk_issuer="R4"),
        "",
        "   ",
        case("c", product__term_days=3650),
        case("d", product__variety="derivatives"),
        case("e", amount="900000", channel="remote"),
    ]
    decisions = decide(tmp_path, env, lines, "--at", AT)
    assert [d["id"] for d in decisions] == ["a", "b", "c", "d", "e"]
    by_id = {d["id"]: d for d in decisions}
    assert by_id["a"]["outcome"] == "suitable"
    codes = {d["id"]: [r["code"] for r in d["reasons"]] for d in decisions}
    assert codes["b"] == ["RISK_ABOVE_LEVEL"]
    assert by_id["b"]["effective_risk"] == "R4"
    assert codes["c"] == ["HORIZON_EXCEEDS"]
    assert codes["d"] == ["VARIETY_NOT_INTENDED"]
    assert codes["e"] == ["AFFORDABILITY_EXCEEDED"]
    for decision in decisions[1:]:
        assert decision["outcome"] == "prohibited"  # NFRA: a mismatch is prohibited
    for decision in decisions:
        for reason in decision["reasons"]:
            assert set(reason) == {"code", "dimension", "message"}
            assert reason["code"] in CONTRACT_CODES or reason["code"].startswith("FACT_MISSING:")
            assert reason["message"]
        assert set(decision["requires"]) <= CONTRACT_REQUIRES


def test_a_csrc_mismatch_is_a_warning_that_needs_the_signed_special_warning(
    tmp_path: Path, env: dict[str, str]
) -> None:
    fund = case(
        "fund",
        product__type="public_fund",
        product__risk_issuer="R4",
        product__risk_distributor="R4",
        product__variety="equity",
    )
    [decision] = decide(tmp_path, env, [fund], "--at", AT)
    assert decision["outcome"] == "warn"
    assert [r["code"] for r in decision["reasons"]] == ["RISK_ABOVE_LEVEL"]
    assert decision["reasons"][0]["dimension"] == "risk"
    assert "SPECIAL_WARNING_SIGNED" in decision["requires"]


def test_forcing_the_csrc_pack_turns_an_nfra_prohibition_into_a_warning(
    tmp_path: Path, env: dict[str, str]
) -> None:
    line = case("wm", product__risk_issuer="R4")
    [by_product] = decide(tmp_path, env, [line], "--at", AT)
    assert by_product["outcome"] == "prohibited"
    [forced] = decide(tmp_path, env, [line], "--at", AT, "--rulepack", "CSRC-2016")
    assert forced["outcome"] == "warn"
    assert [r["code"] for r in forced["reasons"]] == ["RISK_ABOVE_LEVEL"]
    assert "SPECIAL_WARNING_SIGNED" in forced["requires"]


@pytest.mark.parametrize(
    ("at", "expired"),
    [
        ("2027-03-01T09:59:59+08:00", False),
        ("2027-03-01T09:59:59", False),  # no offset: Beijing time
        ("2027-03-01T10:00:00", True),
        ("2027-03-01T02:00:00Z", True),
        ("2027-03-01T01:59:00Z", False),
        ("2028-01-01", True),
    ],
)
def test_the_assessment_expires_twelve_months_after_it_was_taken(
    tmp_path: Path, env: dict[str, str], at: str, expired: bool
) -> None:
    [decision] = decide(tmp_path, env, [EXAMPLE], "--at", at)
    codes = [r["code"] for r in decision["reasons"]]
    if expired:
        assert codes == ["ASSESSMENT_EXPIRED"]
        assert "2027-03-01" in decision["reasons"][0]["message"]
        assert decision["outcome"] == "prohibited"
    else:
        assert codes == []
        assert decision["outcome"] == "suitable"


def test_without_at_the_decision_is_as_of_now(tmp_path: Path, env: dict[str, str]) -> None:
    old = case("old", client__assessed_at="2001-01-01T10:00:00+08:00")
    [decision] = decide(tmp_path, env, [old])
    assert [r["code"] for r in decision["reasons"]] == ["ASSESSMENT_EXPIRED"]


def test_unknown_facts_are_reported_not_guessed(tmp_path: Path, env: dict[str, str]) -> None:
    bare = {
        "id": "bare",
        "client": {},
        "product": {
            "type": "bank_wm",
            "risk_issuer": "R2",
            "risk_distributor": "R2",
            "variety": "cash",
        },
    }
    [decision] = decide(tmp_path, env, [bare], "--at", AT)
    codes = [r["code"] for r in decision["reasons"]]
    assert "FACT_MISSING:birth_date" in codes and "ASSESSMENT_MISSING" in codes
    assert "FACT_MISSING:amount" in codes and "FACT_MISSING:channel" in codes
    assert decision["outcome"] == "prohibited"


def test_standard_input_can_be_the_input(env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "suitability", "--input", "-", "--at", AT],
        cwd=ROOT,
        env=env,
        input=json.dumps(EXAMPLE) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["outcome"] == "suitable"


def test_ten_thousand_lines_are_quick(tmp_path: Path, env: dict[str, str]) -> None:
    import time

    lines: list[dict[str, Any] | str] = [
        case(str(n), product__risk_issuer=f"R{n % 5 + 1}") for n in range(10_000)
    ]
    source = write_lines(tmp_path / "big.jsonl", lines)
    started = time.perf_counter()
    result = run(["suitability", "--input", str(source), "--at", AT], env)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == 10_000
    assert json.loads(out[-1])["id"] == "9999"
    assert elapsed < 15, elapsed  # ~1 s on a laptop; generous for loaded CI machines


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ('{"id": "x", "client": {', "line 2: not valid JSON"),
        (
            json.dumps(case("x", product__risk_issuer="R9")),
            "line 2: product.risk_issuer: must be one of R1, R2, R3, R4, R5",
        ),
        (json.dumps(case("x", channel="online")), "line 2: channel: must be one of"),
        (json.dumps(case("x", amount="12abc")), "line 2: amount: "),
        (json.dumps(case("x", client__financial_assets=1.5)), "line 2: client.financial_assets"),
        (json.dumps(case("x", client__birth_date="1958-02-30")), "line 2: client.birth_date"),
        (json.dumps(case("x", client__assessed_at="soon")), "line 2: client.assessed_at"),
        (json.dumps({"id": "x", "client": {}}), "line 2: product: is required"),
        (json.dumps({k: v for k, v in EXAMPLE.items() if k != "client"}), "line 2: client:"),
        (
            json.dumps(case("x", product__type=None)),
            "line 2: product.type: is required",
        ),
        ("[1, 2, 3]", "line 2: must be a JSON object"),
    ],
)
def test_bad_input_names_the_line_and_the_field_and_prints_nothing(
    tmp_path: Path, env: dict[str, str], bad_line: str, expected: str
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [EXAMPLE, bad_line, EXAMPLE])
    message = refused(run(["suitability", "--input", str(source), "--at", AT], env))
    assert message.startswith("advisor-desk suitability: ")
    assert expected in message


def test_line_numbers_count_blank_lines(tmp_path: Path, env: dict[str, str]) -> None:
    source = write_lines(tmp_path / "in.jsonl", [EXAMPLE, "", case("x", amount="-1")])
    message = refused(run(["suitability", "--input", str(source)], env))
    assert "line 3: amount: " in message and "negative" in message


def test_text_that_is_not_utf8_is_refused(tmp_path: Path, env: dict[str, str]) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(json.dumps(EXAMPLE).encode() + b"\n" + '{"id": "张"}'.encode("gb18030"))
    message = refused(run(["suitability", "--input", str(source)], env))
    assert "line 2: " in message


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--rulepack", "SEC-1933"], "--rulepack: unknown rule pack 'SEC-1933'"),
        (["--at", "tomorrow"], "--at: "),
        (["--at", "2026-02-30T10:00:00"], "--at: "),
    ],
)
def test_bad_options_are_named(
    tmp_path: Path, env: dict[str, str], args: list[str], expected: str
) -> None:
    source = write_lines(tmp_path / "in.jsonl", [EXAMPLE])
    message = refused(run(["suitability", "--input", str(source), *args], env))
    assert expected in message


def test_a_missing_input_file_is_named(tmp_path: Path, env: dict[str, str]) -> None:
    message = refused(run(["suitability", "--input", str(tmp_path / "nope.jsonl")], env))
    assert "--input: " in message and "nope.jsonl" in message


def test_chinese_does_not_crash_and_stays_utf8(tmp_path: Path, env: dict[str, str]) -> None:
    env["ADVISOR_DESK_LANG"] = "zh_CN"
    [decision] = decide(tmp_path, env, [case("张三", product__risk_issuer="R5")], "--at", AT)
    assert decision["id"] == "张三"
    assert decision["outcome"] == "prohibited"
    source = write_lines(tmp_path / "bad.jsonl", [case("x", product__risk_issuer="R0")])
    message = refused(run(["suitability", "--input", str(source)], env))
    assert "product.risk_issuer" in message


# -- questionnaire score ------------------------------------------------------------------

C1_SHEET: dict[str, Any] = {
    "1": "E",
    "2": "A",
    "3": "D",
    "4": "A",
    "5": "B",
    "6": "A",
    "7": "A",
    "8": "A",
    "9": ["A"],
    "10": "E",
    "11": "A",
    "12": ["A"],
    "13": "A",
    "14": "A",
    "15": "A",
    "16": "E",
    "17": "E",
    "18": "C",
    "19": "A",
    "20": "E",
}


def all_a() -> dict[str, Any]:
    return {str(n): (["A"] if n in (9, 12) else "A") for n in range(1, 21)}


def score(
    tmp_path: Path, env: dict[str, str], content: Any, *extra: str
) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "answers.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return run(["questionnaire", "score", "--answers", str(path), *extra], env)


def test_an_all_a_sheet(tmp_path: Path, env: dict[str, str]) -> None:
    result = score(tmp_path, env, {"answers": all_a(), "civil_capacity": "full"})
    assert result.returncode == 0, result.stderr
    # RULES.md §4: the first option of each question scores 3+1+3+0+5+1+1+1+0+1+1+2+0+0+0+7
    # +5+5+1+4 = 41, which is C3 (37–53).
    assert json.loads(result.stdout) == {
        "score": 41,
        "level": "C3",
        "lowest_category": False,
        "horizon": "0-1y",
        "varieties": ["fixed_income"],
        "warnings": [],
    }
    assert len(result.stdout.splitlines()) == 1


def test_the_named_default_questionnaire_gives_the_same(
    tmp_path: Path, env: dict[str, str]
) -> None:
    result = score(tmp_path, env, {"answers": all_a()}, "--questionnaire", "securities-20")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["score"] == 41


def test_a_c1_sheet_needs_the_civil_capacity_answer(tmp_path: Path, env: dict[str, str]) -> None:
    message = refused(score(tmp_path, env, {"answers": C1_SHEET}))
    assert message.startswith("advisor-desk questionnaire: civil_capacity: ")
    result = score(tmp_path, env, {"answers": C1_SHEET, "civil_capacity": "full"})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert (out["score"], out["level"]) == (10, "C1")
    assert out["lowest_category"] is True  # Q15 A: cannot bear any loss


def test_multi_select_and_warnings(tmp_path: Path, env: dict[str, str]) -> None:
    answers = {**all_a(), "11": "A", "12": ["D", "A", "B"], "9": ["E", "B"]}
    result = score(tmp_path, env, {"answers": answers, "civil_capacity": "full"})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["score"] == 41 - 2 + 6 - 0 + 6  # Q12 scores D (6), Q9 scores E (6)
    assert out["varieties"] == ["fixed_income", "equity", "complex"]
    codes = [w["code"] for w in out["warnings"]]
    assert "SHORT_HORIZON_COMPLEX_INTENT" in codes
    assert "LIMITED_EXPERIENCE_COMPLEX_VARIETIES" in codes
    assert all(w["message"] for w in out["warnings"])


def test_an_unknown_option_names_the_question(tmp_path: Path, env: dict[str, str]) -> None:
    answers = {**all_a(), "9": ["B", "X"]}
    message = refused(score(tmp_path, env, {"answers": answers, "civil_capacity": "full"}))
    assert message == "advisor-desk questionnaire: answers.9: Question 9 has no option X."


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"answers": {**all_a(), "3": None}}, "answers.3: "),
        ({"answers": {**all_a(), "21": "A"}}, "answers.21: "),
        ({"answers": {**all_a(), "1": ["A", "B"]}}, "answers.1: "),
        ({"answers": all_a(), "civil_capacity": "partial"}, "civil_capacity: "),
        ({"answers": ["A"] * 20}, "answers: must be a JSON object"),
        ({}, "answers: must be a JSON object"),
        ([1, 2], "--answers: must be a JSON object"),
        ('{"answers": ', "--answers: not valid JSON"),
    ],
)
def test_bad_answer_files_are_named(
    tmp_path: Path, env: dict[str, str], content: Any, expected: str
) -> None:
    message = refused(score(tmp_path, env, content))
    assert expected in message


def test_an_unknown_questionnaire_is_named(tmp_path: Path, env: dict[str, str]) -> None:
    message = refused(score(tmp_path, env, {"answers": all_a()}, "--questionnaire", "nope"))
    assert "--questionnaire: " in message and "nope" in message


def test_a_missing_answers_file_is_named(tmp_path: Path, env: dict[str, str]) -> None:
    message = refused(
        run(["questionnaire", "score", "--answers", str(tmp_path / "none.json")], env)
    )
    assert "--answers: " in message


def test_questionnaire_in_chinese_does_not_crash(tmp_path: Path, env: dict[str, str]) -> None:
    env["ADVISOR_DESK_LANG"] = "zh_CN"
    answers = {**all_a(), "11": "A", "12": ["D"]}
    result = score(tmp_path, env, {"answers": answers, "civil_capacity": "full"})
    assert result.returncode == 0, result.stderr
    [warning] = json.loads(result.stdout)["warnings"]
    assert "客户" in warning["message"]  # the questionnaire's own Chinese text
    message = refused(score(tmp_path, env, {"answers": C1_SHEET}))
    assert "civil_capacity" in message


def test_a_missing_action_is_a_usage_error(env: dict[str, str]) -> None:
    result = run(["questionnaire"], env)
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
