"""The matching step: the catalog with each product's decision for this client.

Filters by type, rating, term and outcome; the selected product shows its reasons and
requirements. Prohibited products cannot be chosen; a mismatch under CSRC (``warn``) only
after recording that the client asked for it on their own initiative. Entering the amount
re-runs every decision with it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import parse_money
from app.domain.rulepack import PRODUCT_RATINGS
from app.domain.suitability import LOCAL_ZONE, PROHIBITED, WARN, Decision
from app.errors import FieldError, UserError
from app.services import cases
from app.services.assessments import AssessmentView
from app.services.cases import CaseView, MatchView
from app.services.catalog import ProductView
from app.services.context import Actor, Workspace
from ui import labels
from ui.i18n import translate
from ui.models.matching_model import TERM_FILTERS, Filters, MatchingModel
from ui.operations import run_op
from ui.widgets.forms import FormBinder


class MatchingStep(QWidget):
    matched = Signal(object)  # MatchView
    changed = Signal()
    choosable_changed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matching.page")
        self.ws, self.actor = ws, actor
        self.case: CaseView | None = None
        self.selected_id: str | None = None
        self.amount: Decimal | None = None
        self.form = FormBinder("matching")
        self._restoring = False

        self.client_summary = QLabel()
        self.client_summary.setObjectName("matching.client_summary")
        self.client_summary.setWordWrap(True)

        sale = QHBoxLayout()
        self.channel = self.form.combo(
            "channel", translate("Matching", "Sales channel"), labels.channel_choices()
        )
        self.channel.currentIndexChanged.connect(lambda _i: self._inputs_changed())
        self.amount_edit = self.form.line_edit(
            "amount", translate("Matching", "Amount (yuan)"), placeholder="100000", max_length=24
        )
        self.amount_edit.editingFinished.connect(self._inputs_changed)
        self.premium_edit = self.form.line_edit(
            "annual_premium",
            translate("Matching", "Annual premium (insurance, yuan)"),
            max_length=24,
        )
        self.premium_edit.editingFinished.connect(self._inputs_changed)
        for field, label, widget in (
            ("channel", translate("Matching", "Sales channel"), self.channel),
            ("amount", translate("Matching", "Amount (yuan)"), self.amount_edit),
            (
                "annual_premium",
                translate("Matching", "Annual premium (insurance, yuan)"),
                self.premium_edit,
            ),
        ):
            cell = QFormLayout()
            self.form.add_row(cell, field, label, widget)
            widget.setMinimumWidth(160)
            sale.addLayout(cell)
        sale.addStretch(1)

        filters = QHBoxLayout()
        self.filter_type = self._filter_combo(
            "filter_type",
            translate("Matching", "Type"),
            [("", translate("Matching", "All types")), *labels.product_type_choices()],
        )
        self.filter_rating = self._filter_combo(
            "filter_rating",
            translate("Matching", "Risk rating"),
            [("", translate("Matching", "All ratings"))]
            + [(r, labels.rating_label(r)) for r in PRODUCT_RATINGS],
        )
        term_names = {
            "any": translate("Matching", "Any term"),
            "up_to_1y": translate("Matching", "Up to 1 year"),
            "1_to_5y": translate("Matching", "1 to 5 years"),
            "over_5y": translate("Matching", "Over 5 years"),
        }
        self.filter_term = self._filter_combo(
            "filter_term",
            translate("Matching", "Term"),
            [(t, term_names[t]) for t in TERM_FILTERS],
        )
        self.filter_outcome = self._filter_combo(
            "filter_outcome",
            translate("Matching", "Outcome"),
            [("", translate("Matching", "All outcomes"))]
            + [(o, labels.outcome_label(o)) for o in ("suitable", "warn", "prohibited")],
        )
        for combo in (self.filter_type, self.filter_rating, self.filter_term, self.filter_outcome):
            filters.addWidget(combo)
        filters.addStretch(1)

        self.model = MatchingModel(self)
        self.table = QTableView()
        self.table.setObjectName("matching.products")
        self.table.setAccessibleName(translate("Matching", "Products and their suitability"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The selections themselves are not used: holding them has crashed PySide at exit.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.details = QLabel()
        self.details.setObjectName("matching.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumWidth(280)
        self.own_initiative = self.form.checkbox(
            "own_initiative",
            translate(
                "Matching",
                "The client asked for this product on their own initiative; I did not recommend it",
            ),
        )
        self.own_initiative.toggled.connect(lambda _c: self._update_choose())
        self.choose_button = QPushButton(translate("Matching", "Choose this product"))
        self.choose_button.setObjectName("matching.choose")
        self.choose_button.clicked.connect(self.choose)
        side = QWidget()
        side_column = QVBoxLayout(side)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        side_column.addWidget(self.details, 1)
        side_column.addWidget(self.own_initiative)
        side_column.addWidget(self.form.error_label("own_initiative"))
        side_column.addWidget(self.choose_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 360])
        self.table.setWordWrap(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(1, 200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.client_summary)
        layout.addLayout(sale)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self._update_choose()

    def _filter_combo(self, field: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = self.form.combo(field, label, choices)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    # -- loading ----------------------------------------------------------------------
    def load(self, case: CaseView, assessment: AssessmentView | None) -> None:
        self.case = case
        self._restoring = True
        draft = case.draft.get("matching", {})
        self.form.set_combo("channel", draft.get("channel", case.channel))
        self.amount_edit.setText(draft.get("amount", ""))
        self.premium_edit.setText(draft.get("annual_premium", ""))
        for name, default in (
            ("filter_type", ""),
            ("filter_rating", ""),
            ("filter_term", "any"),
            ("filter_outcome", ""),
        ):
            self.form.set_combo(name, draft.get(name, default))
        self.own_initiative.setChecked(bool(draft.get("own_initiative", False)))
        self.selected_id = draft.get("product_id")
        self._restoring = False
        self.form.clear_errors()
        if assessment is None:
            summary = translate(
                "Matching", "{name}: professional investor, matched as C5 without a questionnaire."
            ).format(name=case.client_name)
        else:
            summary = translate(
                "Matching",
                "{name}: {level}, horizon {horizon}, intends {varieties}; assessment valid until "
                "{date}.",
            ).format(
                name=case.client_name,
                level=labels.level_label(assessment.level),
                horizon=labels.horizon_label(assessment.horizon),
                varieties=", ".join(labels.variety_label(v) for v in assessment.varieties),
                date=assessment.expires_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"),
            )
        self.client_summary.setText(summary)
        self.refresh()

    def draft(self) -> dict[str, Any]:
        return {
            "channel": self.form.combo_value("channel"),
            "amount": self.amount_edit.text(),
            "annual_premium": self.premium_edit.text(),
            "filter_type": self.form.combo_value("filter_type"),
            "filter_rating": self.form.combo_value("filter_rating"),
            "filter_term": self.form.combo_value("filter_term"),
            "filter_outcome": self.form.combo_value("filter_outcome"),
            "own_initiative": self.own_initiative.isChecked(),
            "product_id": self.selected_id,
        }

    def _money(self, field: str, text: str) -> tuple[Decimal | None, bool]:
        amount, errors = parse_money(text, field=field, required=False)
        if errors:
            self.form.show_errors(errors)
            return None, False
        return amount, True

    def refresh(self) -> None:
        """Re-run every decision with the current amount, channel and premium."""
        if self.case is None:
            return
        self.form.clear_errors()
        amount, ok = self._money("amount", self.amount_edit.text())
        premium, ok2 = self._money("annual_premium", self.premium_edit.text())
        if not (ok and ok2):
            return
        self.amount = amount
        case_id, channel = self.case.case_id, self.form.combo_value("channel")
        run_op(
            self,
            lambda: cases.evaluate_catalog(
                self.ws,
                self.actor,
                case_id,
                amount=amount,
                channel=channel,
                annual_premium=premium,
            ),
            self._show_rows,
        )

    def _show_rows(self, rows: list[tuple[ProductView, Decision]]) -> None:
        self.model.set_rows(rows)
        self._reselect()

    def _apply_filters(self) -> None:
        self.model.set_filters(
            Filters(
                product_type=self.form.combo_value("filter_type"),
                rating=self.form.combo_value("filter_rating"),
                term=self.form.combo_value("filter_term"),
                outcome=self.form.combo_value("filter_outcome"),
            )
        )
        self._reselect()
        if not self._restoring:
            self.changed.emit()

    def _reselect(self) -> None:
        row = self.model.row_of(self.selected_id) if self.selected_id else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._show_details()

    def _inputs_changed(self) -> None:
        if self._restoring:
            return
        self.changed.emit()
        self.refresh()

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            product, _ = self.model.row_at(rows[0].row())
            if product.product_id != self.selected_id:
                self.selected_id = product.product_id
                self.own_initiative.setChecked(False)
                self.changed.emit()
        self._show_details()

    def selected(self) -> tuple[ProductView, Decision] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_code(self, code: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row)[0].code == code:
                self.table.selectRow(row)
                return True
        return False

    def _show_details(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.details.setText(translate("Matching", "Select a product to see its decision."))
            self._update_choose()
            return
        product, decision = chosen
        lines = [
            f"{product.code}  {product.name}",
            translate("Matching", "Issuer: {issuer}").format(issuer=product.issuer),
            translate(
                "Matching",
                "Rating: issuer {issuer}, distributor {distributor}; sold as {effective}",
            ).format(
                issuer=product.risk_issuer,
                distributor=product.risk_distributor,
                effective=labels.rating_label(product.effective_risk),
            ),
            translate("Matching", "Term: {term}; variety: {variety}").format(
                term=labels.term_text(product.holding_days, product.open_ended),
                variety=labels.variety_label(product.variety),
            ),
            translate("Matching", "Rules: {pack} ({regime})").format(
                pack=decision.rulepack, regime=decision.regime
            ),
            "",
            translate("Matching", "Outcome: {outcome}").format(
                outcome=labels.outcome_label(decision.outcome)
            ),
        ]
        if decision.reasons:
            lines.append(translate("Matching", "Reasons:"))
            lines += [f"• {r.message}" for r in decision.reasons]
        if decision.requires:
            lines.append(translate("Matching", "The sale requires:"))
            lines += [f"• {labels.requirement_label(code)}" for code in decision.requires]
        if self.amount is None:
            lines.append(
                translate("Matching", "Enter the amount to check the minimum and affordability.")
            )
        self.details.setText("\n".join(lines))
        self._update_choose()

    def _update_choose(self) -> None:
        chosen = self.selected()
        outcome = chosen[1].outcome if chosen else None
        self.own_initiative.setVisible(outcome == WARN)
        self.choose_button.setEnabled(
            chosen is not None
            and outcome != PROHIBITED
            and self.amount is not None
            and (outcome != WARN or self.own_initiative.isChecked())
        )
        if chosen is not None and outcome == PROHIBITED:
            self.choose_button.setToolTip(
                translate("Matching", "A prohibited product cannot be chosen.")
            )
        else:
            self.choose_button.setToolTip("")
        self.choosable_changed.emit()

    def can_choose(self) -> bool:
        return self.choose_button.isEnabled()

    # -- choosing ---------------------------------------------------------------------
    def choose(self) -> None:
        chosen = self.selected()
        if self.case is None or chosen is None or not self.choose_button.isEnabled():
            return  # nothing chosen, not allowed, or being recorded already
        amount, ok = self._money("amount", self.amount_edit.text())
        premium, ok2 = self._money("annual_premium", self.premium_edit.text())
        if not (ok and ok2):
            return
        if amount is None:
            self.form.show_errors(
                [
                    FieldError(
                        "amount",
                        "AMOUNT_REQUIRED",
                        translate("Matching", "Enter the amount the client will invest."),
                    )
                ]
            )
            return
        product = chosen[0]
        case_id = self.case.case_id
        channel = self.form.combo_value("channel")
        initiative = self.own_initiative.isChecked()
        self.choose_button.setEnabled(False)

        def call() -> MatchView:
            current = cases.get_case(self.ws, self.actor, case_id)
            return cases.choose_product(
                self.ws,
                self.actor,
                case_id,
                current.version,
                product.product_id,
                amount,
                channel=channel,
                own_initiative=initiative,
                annual_premium=premium,
            )

        run_op(self, call, self._chosen, self._failed)

    def _chosen(self, match: MatchView) -> None:
        self._update_choose()
        self.matched.emit(match)

    def _failed(self, error: UserError) -> None:
        self._update_choose()
        self.form.report(self, error)
        self.refresh()
