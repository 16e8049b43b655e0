"""The shipped rule packs, refusing broken ones, and calendar months (RULES.md §2–5)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.domain.dates import add_months
from app.domain.rulepack import (
    PRODUCT_TYPES,
    Regime,
    Rulebook,
    RulePackError,
    parse_overlay,
    parse_pack,
)
from app.resources import resource_path
from app.rulebook import load_rulebook_from, rulebook

SHIPPED = resource_path("rulepacks")

# RULES.md §2: product type → (regime, overlay).
REGIME_TABLE = {
    "bank_wm": ("NFRA", None),
    "structured_deposit": ("NFRA", None),
    "bank_wm_private": ("NFRA", "private_am"),
    "trust": ("NFRA", "private_am"),
    "insurance": ("NFRA", "insurance"),
    "insurance_investment_linked": ("NFRA", "insurance"),
    "public_fund": ("CSRC", None),
    "private_fund": ("CSRC", "private_fund"),
    "securities_am": ("CSRC", "private_am"),
}


# -- the shipped packs ----------------------------------------------------------------


def test_shipped_packs_load() -> None:
    book = rulebook()
    assert set(book.packs) == {"NFRA-2025", "CSRC-2016"}
    assert book.packs["NFRA-2025"].regime is Regime.NFRA
    assert book.packs["CSRC-2016"].regime is Regime.CSRC
    for pack in book.packs.values():
        assert len(pack.content_hash) == 64
        assert pack.title["zh_CN"] and pack.title["en"]
    assert book.packs["NFRA-2025"].content_hash != book.packs["CSRC-2016"].content_hash


def test_every_product_type_is_governed_once() -> None:
    book = rulebook()
    governed = [t for pack in book.packs.values() for t in pack.product_types]
    assert sorted(governed) == sorted(PRODUCT_TYPES)
    assert set(REGIME_TABLE) == set(PRODUCT_TYPES)


@pytest.mark.parametrize(("product_type", "regime_overlay"), REGIME_TABLE.items())
def test_product_type_regime_and_overlay(
    product_type: str, regime_overlay: tuple[str, str | None]
) -> None:
    regime, overlay = regime_overlay
    book = rulebook()
    assert book.regime_of(product_type).value == regime
    pack = book.pack_for(product_type, None)
    assert pack.regime.value == regime
    found = book.overlay_for(pack, product_type)
    assert (found.name if found else None) == overlay
    assert book.pack_for(product_type, regime) is pack


def test_explicit_regime_for_a_type_of_the_other_regime() -> None:
    book = rulebook()
    pack = book.pack_for("trust", "CSRC")
    assert pack.name == "CSRC-2016"
    # The overlay still follows the type.
    overlay = book.overlay_for(pack, "trust")
    assert overlay is not None and overlay.name == "private_am"


def test_unknown_product_type() -> None:
    with pytest.raises(KeyError):
        rulebook().pack_for("crypto", None)


def test_nfra_numbers() -> None:
    nfra = rulebook().packs["NFRA-2025"]
    assert nfra.mismatch_outcome == "prohibited"
    assert nfra.affordability_exceeded_percent == Decimal(100)
    assert nfra.affordability_exceeded_outcome == "prohibited"
    assert nfra.concentration_percent == Decimal(50)
    assert nfra.professional_kinds == ("institution",)
    assert nfra.professional_person is None
    assert nfra.dual_recording_channels == ("branch", "field")
    common_numbers(nfra)


def test_csrc_numbers() -> None:
    csrc = rulebook().packs["CSRC-2016"]
    assert csrc.mismatch_outcome == "warn"
    assert csrc.affordability_exceeded_outcome == "mismatch"
    assert csrc.professional_kinds == ("person", "institution")
    person = csrc.professional_person
    assert person is not None
    assert person.financial_assets == Decimal(5_000_000)
    assert person.income_3y_avg == Decimal(500_000)
    assert person.experience_years == 2
    assert csrc.dual_recording_channels == ()
    common_numbers(csrc)


def common_numbers(pack: Any) -> None:
    assert pack.validity_months == 12
    assert pack.max_per_day == 2
    assert pack.max_per_12_months == 8
    assert pack.elderly_min_age == 65
    assert pack.elderly_min_rating == "R4"
    assert pack.no_capacity_below_age == 8
    assert pack.adult_age == 18
    assert pack.limited_max_rating == "R1"
    assert pack.lowest_category_max_rating == "R1"


def test_overlay_numbers() -> None:
    overlays = rulebook().packs["NFRA-2025"].overlays
    am = overlays["private_am"]
    assert am.kind == "private"
    assert am.cooling_off_hours == 24
    assert am.qualified is not None
    assert am.qualified.experience_years == 2
    assert dict(am.qualified.any_of) == {
        "family_financial_net_assets": Decimal(3_000_000),
        "family_financial_assets": Decimal(5_000_000),
        "income_3y_avg": Decimal(400_000),
    }
    assert am.min_ticket_by_variety == {
        "cash": Decimal(300_000),
        "fixed_income": Decimal(300_000),
        "mixed": Decimal(400_000),
        "equity": Decimal(1_000_000),
        "derivatives": Decimal(1_000_000),
        "complex": Decimal(1_000_000),
    }
    fund = overlays["private_fund"]
    assert fund.qualified is not None
    assert fund.qualified.experience_years is None
    assert dict(fund.qualified.any_of) == {
        "financial_assets": Decimal(3_000_000),
        "income_3y_avg": Decimal(500_000),
    }
    assert fund.min_ticket_by_variety is not None
    assert set(fund.min_ticket_by_variety.values()) == {Decimal(1_000_000)}
    insurance = overlays["insurance"]
    assert insurance.kind == "insurance"
    assert insurance.premium_income_percent == Decimal(30)
    assert insurance.free_look_days == 15
    assert insurance.free_look_min_term_days == 366
    assert insurance.dual_recording_investment_linked is True
    assert insurance.dual_recording_life_min_term_days == 366
    assert insurance.dual_recording_life_min_age == 60


def test_load_rulebook_from_a_copy_equals_the_shipped(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    assert load_rulebook_from(folder) == rulebook()


# -- broken packs ---------------------------------------------------------------------


def copy_packs(tmp_path: Path) -> Path:
    folder = tmp_path / "rulepacks"
    shutil.copytree(SHIPPED, folder)
    return folder


def edit(folder: Path, name: str, change: Callable[[dict[str, Any]], object]) -> None:
    path = folder / name
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def refused(folder: Path) -> RulePackError:
    with pytest.raises(RulePackError) as caught:
        load_rulebook_from(folder)
    error = caught.value
    assert str(error) == f"{error.file}: {error.key}: {error.problem}"
    return error


NFRA = "NFRA-2025.json"
CSRC = "CSRC-2016.json"
AM = "overlays/private_am.json"
INSURANCE = "overlays/insurance.json"


@pytest.mark.parametrize(
    ("file", "change", "key", "problem"),
    [
        # missing keys
        (NFRA, lambda d: d.pop("mismatch_outcome"), "mismatch_outcome", "missing"),
        (CSRC, lambda d: d.pop("affordability"), "affordability", "missing"),
        (
            NFRA,
            lambda d: d["assessment"].pop("validity_months"),
            "assessment.validity_months",
            "missing",
        ),
        (CSRC, lambda d: d["title"].pop("en"), "title.en", "missing"),
        (NFRA, lambda d: d.pop("product_types"), "product_types", "missing"),
        # wrong types and values
        (
            NFRA,
            lambda d: d["assessment"].update(validity_months="12"),
            "assessment.validity_months",
            "whole number",
        ),
        (
            NFRA,
            lambda d: d["assessment"].update(validity_months=True),
            "assessment.validity_months",
            "whole number",
        ),
        (
            CSRC,
            lambda d: d["professional_person"].update(financial_assets=5000000),
            "professional_person.financial_assets",
            "decimal string",
        ),
        (
            CSRC,
            lambda d: d["affordability"].update(concentration_percent="half"),
            "affordability.concentration_percent",
            "not a decimal number",
        ),
        (
            CSRC,
            lambda d: d["affordability"].update(concentration_percent="-1"),
            "affordability.concentration_percent",
            "non-negative",
        ),
        (NFRA, lambda d: d.update(mismatch_outcome="maybe"), "mismatch_outcome", "one of"),
        (NFRA, lambda d: d.update(regime="PBOC"), "regime", "one of"),
        (NFRA, lambda d: d.update(capacity=[]), "capacity", "object"),
        (
            NFRA,
            lambda d: d["elderly_special_care"].update(min_rating="R6"),
            "elderly_special_care.min_rating",
            "one of",
        ),
        (
            NFRA,
            lambda d: d.update(dual_recording_channels=["branch", "phone"]),
            "dual_recording_channels",
            "list",
        ),
        (
            NFRA,
            lambda d: d.update(professional_kinds=["person", "institution"]),
            "professional_person",
            "needed",
        ),
        (NFRA, lambda d: d.update(name="NFRA-2026"), "name", "file's name"),
        # product types and overlays
        (
            NFRA,
            lambda d: d["product_types"].update(bank_wm_private="private_equity"),
            "product_types.bank_wm_private",
            "unknown overlay 'private_equity'",
        ),
        (
            CSRC,
            lambda d: d["product_types"].update(crypto=None),
            "product_types.crypto",
            "unknown product type",
        ),
        (NFRA, lambda d: d.update(product_types={}), "product_types", "at least one"),
        # overlays
        (AM, lambda d: d.pop("qualified"), "qualified", "missing"),
        (
            AM,
            lambda d: d["min_ticket_by_variety"].pop("mixed"),
            "min_ticket_by_variety.mixed",
            "missing",
        ),
        (
            AM,
            lambda d: d["min_ticket_by_variety"].update(mixed=400000),
            "min_ticket_by_variety.mixed",
            "decimal string",
        ),
        (
            AM,
            lambda d: d["qualified"]["any_of"].update(net_worth="1"),
            "qualified.any_of.net_worth",
            "unknown key",
        ),
        (AM, lambda d: d.update(kind="public"), "kind", "one of"),
        (AM, lambda d: d.update(name="private_x"), "name", "file's name"),
        (
            INSURANCE,
            lambda d: d["dual_recording"].update(investment_linked="yes"),
            "dual_recording.investment_linked",
            "true or false",
        ),
        (INSURANCE, lambda d: d.pop("free_look_days"), "free_look_days", "missing"),
    ],
)
def test_broken_pack_names_file_key_and_problem(
    tmp_path: Path,
    file: str,
    change: Callable[[dict[str, Any]], object],
    key: str,
    problem: str,
) -> None:
    folder = copy_packs(tmp_path)
    edit(folder, file, change)
    error = refused(folder)
    assert error.file == f"rulepacks/{file}"
    assert error.key == key
    assert problem in error.problem


@pytest.mark.parametrize("file", [NFRA, AM])
def test_invalid_json_is_refused(tmp_path: Path, file: str) -> None:
    folder = copy_packs(tmp_path)
    path = folder / file
    path.write_text(path.read_text("utf-8").rstrip().rstrip("}"), "utf-8")
    error = refused(folder)
    assert error.file == f"rulepacks/{file}"
    assert error.key == "(file)"
    assert "not valid JSON" in error.problem


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    (folder / NFRA).write_bytes('{"name": "国家"}'.encode("gb18030"))
    error = refused(folder)
    assert (error.file, error.key) == ("rulepacks/NFRA-2025.json", "(file)")


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    (folder / CSRC).write_text("[]", "utf-8")
    error = refused(folder)
    assert (error.file, error.key) == ("rulepacks/CSRC-2016.json", "(top)")


def test_type_claimed_by_two_packs(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    edit(folder, CSRC, lambda d: d["product_types"].update(bank_wm=None))
    error = refused(folder)
    # Packs load in name order: CSRC-2016 claims bank_wm first, NFRA-2025 is refused.
    assert error.file == "rulepacks/NFRA-2025.json"
    assert error.key == "product_types.bank_wm"
    assert "CSRC-2016" in error.problem


def test_folder_without_packs(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    for path in folder.glob("*.json"):
        path.unlink()
    error = refused(folder)
    assert error.key == "(folder)"


def test_unknown_overlay_file_is_refused_as_unknown(tmp_path: Path) -> None:
    folder = copy_packs(tmp_path)
    (folder / AM).unlink()
    error = refused(folder)
    assert error.file == "rulepacks/CSRC-2016.json"
    assert error.key == "product_types.securities_am"
    assert "unknown overlay 'private_am'" in error.problem


def test_parse_functions_directly() -> None:
    with pytest.raises(RulePackError) as caught:
        parse_overlay("x.json", "not an object")
    assert (caught.value.file, caught.value.key) == ("x.json", "(top)")
    data = json.loads((SHIPPED / NFRA).read_text("utf-8"))
    with pytest.raises(RulePackError) as caught:
        parse_pack("x.json", data, {})
    assert caught.value.key == "product_types.bank_wm_private"
    with pytest.raises(KeyError):
        Rulebook({}).pack_for("bank_wm", None)


# -- calendar months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 1, 30), 1, date(2026, 2, 28)),
        (date(2026, 1, 29), 1, date(2026, 2, 28)),
        (date(2024, 1, 29), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), 48, date(2028, 2, 29)),
        (date(2024, 2, 29), 1, date(2024, 3, 29)),
        (date(2025, 12, 15), 1, date(2026, 1, 15)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
        (date(2025, 3, 1), 12, date(2026, 3, 1)),
        (date(2025, 3, 1), 0, date(2025, 3, 1)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 1, 31), 25, date(2028, 2, 29)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
