"""The product catalog: importing (all or nothing), listing, and rating changes.

What an administrator importing a file, an advisor reading the catalog, and a compliance
officer following a rating change (CSRC-2016 Art. 21, RULES.md §5) would notice.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.catalog import CSV_COLUMNS, RowError, read_catalog_file, validate_rows
from app.domain.roles import Role
from app.errors import ConcurrentEdit, NotFound, PermissionDenied, UserError, ValidationFailed
from app.services import cases, catalog
from app.services.catalog import CatalogImportFailed
from app.services.context import Actor, Workspace
from app.store.models import SalesCase
from tests.conftest import Office, audit_rows, mainland_id
from tests.unit.test_case_services import DEMO_CATALOG, DEMO_CODES, Desk, import_demo_catalog

pytestmark = pytest.mark.usefixtures("fast_kdf")


def demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO_CATALOG.read_text("utf-8"))
    return data


def as_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def import_file(office: Office, name: str, content: bytes) -> catalog.ImportReport:
    return catalog.import_catalog(office.admin_ws, office.admin, name, content)


def codes(office: Office, include_inactive: bool = False) -> list[str]:
    rows = catalog.list_products(office.admin_ws, office.admin, include_inactive=include_inactive)
    return [p.code for p in rows]


def by_code(office: Office, code: str) -> catalog.ProductView:
    (found,) = [
        p
        for p in catalog.list_products(office.admin_ws, office.admin, include_inactive=True)
        if p.code == code
    ]
    return found


def csv_bytes(rows: list[dict[str, str]], *, bom: bool = False) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in CSV_COLUMNS})
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def csv_row(**values: str) -> dict[str, str]:
    row = {
        "code": "CSV0001",
        "name": "稳享90天",
        "name_en": "Steady 90",
        "type": "bank_wm",
        "issuer": "某银行理财子公司",
        "risk_issuer": "R2",
        "risk_distributor": "R2",
        "term_days": "90",
        "open_ended": "否",
        "variety": "fixed_income",
        "min_amount": "10000",
        "documents": "prospectus;risk_disclosure;investor_rights;contract_summary",
        "description": "固定收益类",
    }
    row.update(values)
    return row


# -- importing -----------------------------------------------------------------------------


def test_importing_the_demo_catalog_adds_every_product(office: Office) -> None:
    report = import_file(office, "demo_catalog.json", DEMO_CATALOG.read_bytes())
    assert (report.added, report.updated, report.unchanged) == (38, 0, 0)
    assert report.catalog_version == demo_data()["catalog_version"]
    assert codes(office) == DEMO_CODES

    mixed_rating = by_code(office, "WM24003")  # issuer R2, distributor R3
    assert (mixed_rating.risk_issuer, mixed_rating.risk_distributor) == ("R2", "R3")
    assert mixed_rating.effective_risk == "R3"  # the higher one counts
    assert mixed_rating.term_days == 365 and not mixed_rating.open_ended
    assert mixed_rating.min_amount == Decimal("10000")
    assert set(mixed_rating.documents) <= {
        "prospectus",
        "risk_disclosure",
        "investor_rights",
        "contract_summary",
    }
    open_ended = by_code(office, "PF24001")
    assert (open_ended.open_ended, open_ended.lockup_days, open_ended.term_days) == (True, 0, None)
    assert open_ended.holding_days == 0
    assert catalog.get_product(office.admin_ws, office.admin, open_ended.product_id) == open_ended
    # One audit event for the whole import.
    assert [e.action for e in audit_rows(office.admin_ws)].count("catalog.import") == 1


def test_advisors_read_the_catalog(office: Office, advisor: tuple[Workspace, Actor]) -> None:
    import_demo_catalog(office)
    ws, actor = advisor
    assert [p.code for p in catalog.list_products(ws, actor)] == DEMO_CODES
    with pytest.raises(NotFound):
        catalog.get_product(ws, actor, "no-such-product")


def test_reimporting_the_same_file_changes_nothing(office: Office) -> None:
    import_file(office, "demo_catalog.json", DEMO_CATALOG.read_bytes())
    before = catalog.list_products(office.admin_ws, office.admin)
    report = import_file(office, "demo_catalog.json", DEMO_CATALOG.read_bytes())
    assert (report.added, report.updated, report.unchanged) == (0, 0, 38)
    assert catalog.list_products(office.admin_ws, office.admin) == before  # versions too


def test_reimporting_a_changed_file_updates_only_what_changed(office: Office) -> None:
    import_file(office, "demo_catalog.json", DEMO_CATALOG.read_bytes())
    old = by_code(office, "WM24002")
    data = demo_data()
    for row in data["products"]:
        if row["code"] == "WM24002":
            row["name"] = "天天利（新版）"
        if row["code"] == "SD24001":
            row["status"] = "suspended"
    report = import_file(office, "demo_catalog.json", as_json(data))
    assert (report.added, report.updated, report.unchanged) == (0, 2, 36)

    new = by_code(office, "WM24002")
    assert new.name == "天天利（新版）"
    assert (new.product_id, new.version) == (old.product_id, old.version + 1)
    assert "SD24001" not in codes(office)
    assert "SD24001" in codes(office, include_inactive=True)
    assert by_code(office, "SD24001").status == "suspended"


def test_a_csv_catalog_imports_like_a_spreadsheet_shows_it(office: Office) -> None:
    content = csv_bytes(
        [
            csv_row(),
            csv_row(
                code="csv0002",  # codes are stored in capitals
                name="灵活申赎",
                type="public_fund",
                risk_issuer="R3",
                risk_distributor="R4",
                term_days="",
                open_ended="是",
                lockup_days="30",
                variety="mixed",
                min_amount="1,000.50",
                documents="prospectus; risk_disclosure",
                status="",
            ),
        ],
        bom=True,  # as Excel saves "CSV UTF-8"
    )
    report = import_file(office, "catalog.csv", content)
    assert (report.added, report.updated, report.unchanged) == (2, 0, 0)
    assert codes(office) == ["CSV0001", "CSV0002"]

    closed = by_code(office, "CSV0001")
    assert (closed.type, closed.regime, closed.term_days, closed.open_ended) == (
        "bank_wm",
        None,
        90,
        False,
    )
    assert closed.documents == (
        "prospectus",
        "risk_disclosure",
        "investor_rights",
        "contract_summary",
    )
    assert (closed.name_en, closed.description, closed.status) == (
        "Steady 90",
        "固定收益类",
        "active",
    )

    flexible = by_code(office, "CSV0002")
    assert (flexible.open_ended, flexible.lockup_days, flexible.term_days) == (True, 30, None)
    assert flexible.effective_risk == "R4"
    assert flexible.min_amount == Decimal("1000.50")
    assert flexible.documents == ("prospectus", "risk_disclosure")


def test_a_bad_csv_imports_nothing_and_names_every_row_and_field(office: Office) -> None:
    content = csv_bytes(
        [
            csv_row(code="GOOD001"),  # row 2: fine
            csv_row(code="BAD003", type="hedge_fund", risk_issuer="R6"),  # row 3
            csv_row(code="BAD004", term_days=""),  # row 4: closed-end without a term
            csv_row(code="GOOD001"),  # row 5: duplicate of row 2
            csv_row(code="BAD006", min_amount="一万", documents="brochure"),  # row 6
            # Row 7: "maybe" is no flag (so the row counts as closed-end, with its 90 days).
            csv_row(code="BAD007", open_ended="maybe", lockup_days="-1", name=""),
        ]
    )
    with pytest.raises(CatalogImportFailed) as caught:
        import_file(office, "catalog.csv", content)
    found = {(e.row, e.field) for e in caught.value.errors}
    assert found == {
        (3, "type"),
        (3, "risk_issuer"),
        (4, "term_days"),
        (5, "code"),
        (6, "min_amount"),
        (6, "documents"),
        (7, "open_ended"),
        (7, "lockup_days"),
        (7, "name"),
    }
    message = str(caught.value)
    assert "Row 3, type" in message
    assert "Row 5, code" in message and "row 2" in message
    assert codes(office, include_inactive=True) == []


def test_a_bad_file_leaves_the_existing_catalog_untouched(office: Office) -> None:
    import_file(office, "demo_catalog.json", DEMO_CATALOG.read_bytes())
    before = catalog.list_products(office.admin_ws, office.admin, include_inactive=True)
    data = demo_data()
    data["products"][0]["name"] = "改名不该生效"
    data["products"][4]["risk_distributor"] = "R9"
    data["products"][6]["variety"] = "crypto"
    data["products"].append({"code": "NEW0001"})
    with pytest.raises(CatalogImportFailed) as caught:
        import_file(office, "demo_catalog.json", as_json(data))
    # JSON products count from 1, as they are listed in the file.
    rows = {(e.row, e.field) for e in caught.value.errors}
    assert {(5, "risk_distributor"), (7, "variety"), (39, "name"), (39, "type")} <= rows
    assert all(e.row in (5, 7, 39) for e in caught.value.errors)
    assert catalog.list_products(office.admin_ws, office.admin, include_inactive=True) == before


def test_many_problems_are_summarised(office: Office) -> None:
    content = csv_bytes([csv_row(code=f"BAD{n:03d}", type="x") for n in range(25)])
    with pytest.raises(CatalogImportFailed) as caught:
        import_file(office, "catalog.csv", content)
    assert len(caught.value.errors) == 25
    assert "… and 5 more problems." in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("catalog.json", b"{not json"),
        ("catalog.json", b'{"catalog_version": "1", "items": []}'),
        ("catalog.json", b'{"products": ["WM24001"]}'),
        ("catalog.json", b'{"products": []}'),
        ("catalog.csv", b"name,type\nx,bank_wm\n"),
        ("catalog.csv", "code,name,type\n".encode("gbk") + "稳".encode("gbk")),
    ],
)
def test_an_unreadable_file_is_refused_with_a_message(
    office: Office, name: str, content: bytes
) -> None:
    with pytest.raises(UserError) as caught:
        import_file(office, name, content)
    assert str(caught.value)
    assert codes(office, include_inactive=True) == []


def test_only_an_administrator_imports_or_rerates(
    office: Office, advisor: tuple[Workspace, Actor]
) -> None:
    ws, actor = advisor
    office.add_user("zhao.sup", Role.SUPERVISOR)
    for someone in (actor, office.actor("zhao.sup")):
        with pytest.raises(PermissionDenied):
            catalog.import_catalog(ws, someone, "demo.json", DEMO_CATALOG.read_bytes())
    assert codes(office, include_inactive=True) == []
    products = import_demo_catalog(office)
    with pytest.raises(PermissionDenied):
        catalog.change_rating(ws, actor, products["WM24001"], 1, "R5", "R5")
    assert by_code(office, "WM24001").effective_risk == "R2"


# -- the domain helpers, directly ---------------------------------------------------------


def test_validate_rows_numbers_rows_from_the_first_row_given() -> None:
    _, rows = read_catalog_file("c.csv", csv_bytes([csv_row(), csv_row(code="X", type="")]))
    specs, errors = validate_rows(rows, first_row=2)
    assert [s.code for s in specs] == ["CSV0001", "X"]
    assert {(e.row, e.field) for e in errors} == {(3, "code"), (3, "type")}
    assert str(RowError(3, "type", "is required")) == "Row 3, type: is required"


# -- rating changes ---------------------------------------------------------------------------


@pytest.fixture
def desk(office: Office, advisor: tuple[Workspace, Actor]) -> Desk:
    ws, actor = advisor
    return Desk(ws, actor, import_demo_catalog(office))


def signed_case(desk: Desk, code: str, amount: str, **client: object) -> str:
    """A C3 client's case for ``code``, matched and then signed (as signing would leave it)."""
    view = desk.assessed_case(**client)
    desk.choose(view, code, amount, own_initiative=True)
    with desk.ws.db.writing() as session:
        case = session.get(SalesCase, view.case_id)
        assert case is not None
        case.state = "signed"
    return view.case_id


def stored_notices(ws: Workspace) -> int:
    with ws.db.reading() as session:
        return int(session.execute(text("SELECT COUNT(*) FROM rating_notices")).scalar_one())


def rerate(office: Office, code: str, issuer: str, distributor: str) -> list[catalog.NoticeView]:
    product = by_code(office, code)
    return catalog.change_rating(
        office.admin_ws, office.admin, product.product_id, product.version, issuer, distributor
    )


def test_a_rating_above_the_holders_level_lists_the_holder(office: Office, desk: Desk) -> None:
    case_id = signed_case(desk, "WM24001", "50000")  # R2 bank WM, C3 client
    client_id = cases.get_case(desk.ws, desk.actor, case_id).client_id

    notices = rerate(office, "WM24001", "R4", "R2")

    # The administrator who re-rated learns that a client is affected, not who or why.
    (told_admin,) = notices
    assert (told_admin.client_id, told_admin.case_id) == (client_id, case_id)
    assert (told_admin.client_name, told_admin.reasons) == ("", ())
    with pytest.raises(PermissionDenied):
        catalog.pending_notices(office.admin_ws, office.admin)
    # The advisor sees the client, the new risk and the reasons.
    (notice,) = catalog.pending_notices(desk.ws, desk.actor)
    assert (notice.client_id, notice.case_id) == (client_id, case_id)
    assert (notice.old_risk, notice.new_risk, notice.outcome) == ("R2", "R4", "prohibited")
    assert "Product risk R4 is above the client's risk tolerance C3." in notice.reasons
    assert notice.client_name == "张三"
    assert stored_notices(office.admin_ws) == 1

    product = by_code(office, "WM24001")
    assert (product.risk_issuer, product.risk_distributor, product.effective_risk) == (
        "R4",
        "R2",
        "R4",
    )
    event = audit_rows(office.admin_ws)[-1]
    assert (event.action, event.entity_id) == ("product.rating_change", product.product_id)


def test_a_csrc_holder_above_their_level_is_listed_as_a_mismatch(
    office: Office, desk: Desk
) -> None:
    case_id = signed_case(desk, "PF24002", "10000")  # R2 public fund
    (notice,) = rerate(office, "PF24002", "R5", "R5")
    assert (notice.case_id, notice.new_risk, notice.outcome) == (case_id, "R5", "warn")


def test_a_lower_rating_lists_nobody(office: Office, desk: Desk) -> None:
    signed_case(desk, "WM24001", "50000")
    # A new issuer rating that leaves the effective (higher) rating as it was.
    assert rerate(office, "WM24001", "R1", "R2") == []
    assert rerate(office, "WM24001", "R1", "R1") == []
    assert catalog.pending_notices(desk.ws, desk.actor) == []
    assert stored_notices(office.admin_ws) == 0
    assert by_code(office, "WM24001").effective_risk == "R1"


def test_a_rise_within_the_holders_level_is_still_told(office: Office, desk: Desk) -> None:
    """The client still matches, but the product they hold is riskier than when sold."""
    case_id = signed_case(desk, "WM24001", "50000")
    (notice,) = rerate(office, "WM24001", "R3", "R3")  # C3 client: still within the level
    assert (notice.case_id, notice.old_risk, notice.new_risk) == (case_id, "R2", "R3")
    assert (notice.outcome, notice.reasons) == ("suitable", ())


def test_only_holders_are_rematched(office: Office, desk: Desk) -> None:
    view = desk.assessed_case()
    desk.choose(view, "WM24001", "50000")  # matched, not signed: the client holds nothing yet
    other = signed_case(desk, "WM24003", "50000", name="李四", id_number=mainland_id(seq="222"))
    assert rerate(office, "WM24001", "R5", "R5") == []
    assert [n.case_id for n in rerate(office, "WM24003", "R5", "R5")] == [other]


def test_an_import_that_changes_a_rating_lists_the_holders(office: Office, desk: Desk) -> None:
    case_id = signed_case(desk, "WM24001", "50000")
    data = demo_data()
    for row in data["products"]:
        if row["code"] == "WM24001":
            row["risk_distributor"] = "R4"
    report = import_file(office, "demo_catalog.json", as_json(data))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 37)
    (notice,) = catalog.pending_notices(desk.ws, desk.actor)
    assert (notice.case_id, notice.old_risk, notice.new_risk, notice.outcome) == (
        case_id,
        "R2",
        "R4",
        "prohibited",
    )
    assert by_code(office, "WM24001").effective_risk == "R4"


def test_a_rating_change_checks_its_input_and_the_version(office: Office) -> None:
    import_demo_catalog(office)
    product = by_code(office, "WM24001")
    ws, admin = office.admin_ws, office.admin
    with pytest.raises(ValidationFailed) as caught:
        catalog.change_rating(ws, admin, product.product_id, product.version, "R6", "high")
    assert {e.field for e in caught.value.errors} == {"risk_issuer", "risk_distributor"}
    with pytest.raises(NotFound):
        catalog.change_rating(ws, admin, "no-such-product", 1, "R3", "R3")

    catalog.change_rating(ws, admin, product.product_id, product.version, "R3", "R3")
    with pytest.raises(ConcurrentEdit):  # a second window still showing the old version
        catalog.change_rating(ws, admin, product.product_id, product.version, "R1", "R1")
    assert by_code(office, "WM24001").effective_risk == "R3"
