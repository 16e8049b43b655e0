"""Product catalog rows: parsing a JSON or CSV catalog and validating every row (pure).

An import is all or nothing: :func:`validate_rows` returns the products or *every*
problem, each naming its row (1-based, as a spreadsheet shows it) and field.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.money import parse_money
from app.domain.rulepack import PRODUCT_RATINGS, PRODUCT_TYPES, VARIETIES
from app.i18n import translate

# A product's id is derived from its code (UUIDv5), so every device and head office agree on
# it whether the catalog was imported locally or pulled; cases refer to products by id.
PRODUCT_ID_NAMESPACE = uuid.UUID("6f0d5a52-41a3-4e0b-9d8f-2a9c3b7e1d10")


def product_id_for(code: str) -> str:
    """The same id for a product code everywhere."""
    return str(uuid.uuid5(PRODUCT_ID_NAMESPACE, code))


DOCUMENT_KINDS = ("prospectus", "risk_disclosure", "investor_rights", "contract_summary")
CSV_COLUMNS = (
    "code",
    "name",
    "name_en",
    "type",
    "regime",
    "issuer",
    "risk_issuer",
    "risk_distributor",
    "term_days",
    "open_ended",
    "lockup_days",
    "variety",
    "min_amount",
    "insurance_life",
    "documents",
    "description",
    "status",
)
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{2,19}")
_TRUE = {"true", "1", "yes", "y", "是"}
_FALSE = {"false", "0", "no", "n", "否", ""}
MAX_TERM_DAYS = 36_500


@dataclass(frozen=True)
class ProductSpec:
    code: str
    name: str
    name_en: str
    type: str
    regime: str | None
    issuer: str
    risk_issuer: str
    risk_distributor: str
    term_days: int | None
    open_ended: bool
    lockup_days: int | None
    variety: str
    min_amount: Decimal
    insurance_life: bool
    documents: tuple[str, ...]
    description: str
    status: str


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    message: str

    def __str__(self) -> str:
        return translate("Catalog", "Row {row}, {field}: {message}").format(
            row=self.row, field=self.field, message=self.message
        )


class CatalogFileError(ValueError):
    """The file itself cannot be read as a catalog (not JSON/CSV, wrong shape)."""


def read_catalog_file(name: str, content: bytes) -> tuple[str, list[dict[str, Any]]]:
    """``(catalog_version, rows)`` from a ``.json`` or ``.csv`` file's bytes."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogFileError(translate("Catalog", "The file is not UTF-8 text.")) from None
    if name.lower().endswith(".csv"):
        reader = csv.DictReader(io.StringIO(text))
        header = reader.fieldnames or []
        missing = [c for c in ("code", "name", "type") if c not in header]
        if missing:
            raise CatalogFileError(
                translate("Catalog", "The CSV header lacks the column(s): {columns}.").format(
                    columns=", ".join(missing)
                )
            )
        return "", [dict(row) for row in reader]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogFileError(
            translate("Catalog", "The file is not valid JSON (line {line}).").format(
                line=exc.lineno
            )
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("products"), list):
        raise CatalogFileError(
            translate("Catalog", 'A JSON catalog is an object with a "products" list.')
        )
    rows = data["products"]
    if not all(isinstance(row, dict) for row in rows):
        raise CatalogFileError(translate("Catalog", "Every product must be a JSON object."))
    return str(data.get("catalog_version", "")), rows


class _Row:
    def __init__(self, number: int, raw: Mapping[str, Any], errors: list[RowError]) -> None:
        self.number, self.raw, self.errors = number, raw, errors

    def fail(self, name: str, message: str) -> None:
        self.errors.append(RowError(self.number, name, message))

    def text(self, name: str, *, required: bool = True, max_length: int = 200) -> str:
        value = self.raw.get(name)
        text = "" if value is None else str(value).strip()
        if required and not text:
            self.fail(name, translate("Catalog", "is required"))
        elif len(text) > max_length:
            self.fail(
                name, translate("Catalog", "has more than {n} characters").format(n=max_length)
            )
        return text

    def choice(self, name: str, allowed: Iterable[str], *, required: bool = True) -> str:
        allowed = tuple(allowed)
        text = self.text(name, required=required)
        if text and text not in allowed:
            self.fail(
                name,
                translate("Catalog", "must be one of {allowed}").format(allowed=", ".join(allowed)),
            )
        return text

    def days(self, name: str) -> int | None:
        value = self.raw.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        text = str(value).strip()
        if isinstance(value, bool) or not text.isdigit() or int(text) > MAX_TERM_DAYS:
            self.fail(
                name,
                translate("Catalog", "must be a whole number of days from 0 to {max}").format(
                    max=MAX_TERM_DAYS
                ),
            )
            return None
        return int(text)

    def flag(self, name: str) -> bool:
        value = self.raw.get(name)
        if isinstance(value, bool):
            return value
        text = "" if value is None else str(value).strip().lower()
        if text in _TRUE:
            return True
        if text not in _FALSE:
            self.fail(name, translate("Catalog", "must be true or false"))
        return False


def validate_row(number: int, raw: Mapping[str, Any], errors: list[RowError]) -> ProductSpec:
    """Check one row; problems are appended to ``errors``."""
    r = _Row(number, raw, errors)
    code = r.text("code", max_length=20).upper()
    if code and not _CODE.fullmatch(code):
        r.fail("code", translate("Catalog", "must be 3–20 letters, digits or hyphens"))
    product_type = r.choice("type", PRODUCT_TYPES)
    regime = r.choice("regime", ("NFRA", "CSRC"), required=False) or None
    risk_issuer = r.choice("risk_issuer", PRODUCT_RATINGS)
    risk_distributor = r.choice("risk_distributor", PRODUCT_RATINGS)
    open_ended = r.flag("open_ended")
    term_days = r.days("term_days")
    lockup_days = r.days("lockup_days")
    if open_ended and lockup_days is None:
        r.fail("lockup_days", translate("Catalog", "an open-ended product needs its lock-up days"))
    if not open_ended and term_days is None:
        r.fail("term_days", translate("Catalog", "a closed-end product needs its term in days"))
    amount_value = raw.get("min_amount")
    amount_text = "" if amount_value is None else str(amount_value)
    amount, amount_errors = parse_money(amount_text, field="min_amount", required=True)
    for error in amount_errors:
        r.fail("min_amount", error.message)
    insurance_life = r.flag("insurance_life")
    if insurance_life and not product_type.startswith("insurance"):
        r.fail("insurance_life", translate("Catalog", "only insurance products are life policies"))
    documents_raw = raw.get("documents")
    if isinstance(documents_raw, list):
        documents = tuple(str(d).strip() for d in documents_raw)
    else:
        text = "" if documents_raw is None else str(documents_raw)
        documents = tuple(d.strip() for d in text.split(";") if d.strip())
    unknown = [d for d in documents if d not in DOCUMENT_KINDS]
    if unknown or not documents:
        r.fail(
            "documents",
            translate("Catalog", "must list documents drawn from {kinds}").format(
                kinds=", ".join(DOCUMENT_KINDS)
            ),
        )
    status = r.choice("status", ("active", "suspended", "closed"), required=False) or "active"
    return ProductSpec(
        code=code,
        name=r.text("name"),
        name_en=r.text("name_en", required=False),
        type=product_type,
        regime=regime,
        issuer=r.text("issuer"),
        risk_issuer=risk_issuer,
        risk_distributor=risk_distributor,
        term_days=term_days,
        open_ended=open_ended,
        lockup_days=lockup_days,
        variety=r.choice("variety", VARIETIES),
        min_amount=amount if amount is not None else Decimal(0),
        insurance_life=insurance_life,
        documents=documents,
        description=r.text("description", required=False, max_length=2000),
        status=status,
    )


def validate_rows(
    rows: Iterable[Mapping[str, Any]], *, first_row: int = 1
) -> tuple[list[ProductSpec], list[RowError]]:
    """Every row checked; duplicate codes are an error on the later row."""
    errors: list[RowError] = []
    products: list[ProductSpec] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(rows):
        number = index + first_row
        spec = validate_row(number, raw, errors)
        if spec.code in seen:
            errors.append(
                RowError(
                    number,
                    "code",
                    translate("Catalog", "duplicates row {row}").format(row=seen[spec.code]),
                )
            )
        elif spec.code:
            seen[spec.code] = number
        products.append(spec)
    return products, errors
