"""The product catalog: browse; administrators import catalogs and record rating changes.

An import is all or nothing: a file with any bad row imports nothing and lists every
problem by row and field. A rating change re-matches the clients holding the product and
lists those to notify.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import format_money
from app.domain.roles import Permission, allows
from app.domain.rulepack import PRODUCT_RATINGS
from app.errors import UserError
from app.services import catalog
from app.services.catalog import ImportReport, NoticeView, ProductView
from app.services.context import Actor, Workspace
from ui import labels, messages
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder

Index = QModelIndex | QPersistentModelIndex


def choose_catalog_file(parent: QWidget) -> Path | None:
    """Ask for a catalog file (patched in tests)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("CatalogPage", "Import a product catalog"),
        "",
        translate("CatalogPage", "Catalogs (*.json *.csv)"),
    )
    return Path(name) if name else None


class ProductTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProductView] = []
        self.headers = [
            translate("CatalogPage", "Code"),
            translate("CatalogPage", "Product"),
            translate("CatalogPage", "Type"),
            translate("CatalogPage", "Issuer rating"),
            translate("CatalogPage", "Distributor rating"),
            translate("CatalogPage", "Term"),
            translate("CatalogPage", "Minimum (yuan)"),
            translate("CatalogPage", "Status"),
        ]

    def set_rows(self, rows: list[ProductView]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        p = self.rows[index.row()]
        return (
            p.code,
            p.name,
            labels.product_type_label(p.type),
            p.risk_issuer,
            p.risk_distributor,
            labels.term_text(p.holding_days, p.open_ended),
            format_money(p.min_amount),
            p.status,
        )[index.column()]


class CatalogPage(QWidget):
    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalog.page")
        self.ws, self.actor = ws, actor
        self.manager = allows(actor.role, Permission.CATALOG_MANAGE)
        self.form = FormBinder("catalog")
        self.model = ProductTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("catalog.products")
        self.table.setAccessibleName(translate("CatalogPage", "Products"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 260)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.import_button = QPushButton(translate("CatalogPage", "Import catalog…"))
        self.import_button.setObjectName("catalog.import")
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setVisible(self.manager)
        self.count = QLabel()
        self.count.setObjectName("catalog.count")
        top = QHBoxLayout()
        title = QLabel(translate("CatalogPage", "Product catalog"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        top.addWidget(title)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.import_button)

        side = QWidget()
        side_column = QVBoxLayout(side)
        self.details = QLabel()
        self.details.setObjectName("catalog.details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        side_column.addWidget(self.details)
        rating = QFormLayout()
        choices = [(r, labels.rating_label(r)) for r in PRODUCT_RATINGS]
        self.form.add_row(
            rating,
            "risk_issuer",
            translate("CatalogPage", "Issuer rating"),
            self.form.combo("risk_issuer", translate("CatalogPage", "Issuer rating"), choices),
        )
        self.form.add_row(
            rating,
            "risk_distributor",
            translate("CatalogPage", "Distributor rating"),
            self.form.combo(
                "risk_distributor", translate("CatalogPage", "Distributor rating"), choices
            ),
        )
        self.rating_box = QWidget()
        self.rating_box.setLayout(rating)
        self.change_button = QPushButton(translate("CatalogPage", "Record rating change"))
        self.change_button.setObjectName("catalog.change_rating")
        self.change_button.clicked.connect(self.change_rating)
        side_column.addWidget(self.rating_box)
        side_column.addWidget(self.change_button)
        self.rating_box.setVisible(self.manager)
        self.change_button.setVisible(self.manager)
        self.report = QPlainTextEdit()
        self.report.setObjectName("catalog.report")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(translate("CatalogPage", "Import and rating-change report"))
        side_column.addWidget(self.report, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 300])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._selected()

    def refresh(self) -> None:
        run_op(
            self,
            lambda: catalog.list_products(self.ws, self.actor, include_inactive=True),
            self._show,
        )

    def _show(self, rows: list[ProductView]) -> None:
        selected = self.current()
        self.model.set_rows(rows)
        self.count.setText(translate("CatalogPage", "{n} products").format(n=len(rows)))
        if selected is not None:
            for row, product in enumerate(rows):
                if product.product_id == selected.product_id:
                    self.table.selectRow(row)
        self._selected()

    def current(self) -> ProductView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        product = self.current()
        self.change_button.setEnabled(product is not None)
        if product is None:
            self.details.setText(translate("CatalogPage", "Select a product to see its details."))
            return
        self.form.set_combo("risk_issuer", product.risk_issuer)
        self.form.set_combo("risk_distributor", product.risk_distributor)
        self.details.setText(
            "\n".join(
                [
                    f"{product.code}  {product.name}",
                    product.name_en,
                    translate("CatalogPage", "Issuer: {issuer}").format(issuer=product.issuer),
                    translate("CatalogPage", "Sold as {rating} (the higher rating)").format(
                        rating=labels.rating_label(product.effective_risk)
                    ),
                    translate("CatalogPage", "Variety: {v}").format(
                        v=labels.variety_label(product.variety)
                    ),
                    product.description,
                ]
            )
        )

    def import_file(self) -> None:
        path = choose_catalog_file(self)
        if path is None:
            return
        try:
            content = path.read_bytes()
        except OSError as exc:
            messages.show_error(
                self,
                translate("CatalogPage", "The file cannot be read: {reason}").format(
                    reason=exc.strerror
                ),
            )
            return
        name = path.name
        run_op(
            self,
            lambda: catalog.import_catalog(self.ws, self.actor, name, content),
            self._imported,
            self._import_failed,
        )

    def _imported(self, report: ImportReport) -> None:
        self.report.setPlainText(
            translate(
                "CatalogPage",
                "Imported: {added} new, {updated} updated, {unchanged} unchanged.",
            ).format(added=report.added, updated=report.updated, unchanged=report.unchanged)
        )
        self.refresh()

    def _import_failed(self, error: UserError) -> None:
        self.report.setPlainText(error.message)
        messages.show_error(
            self, translate("CatalogPage", "Nothing was imported. The problems are listed.")
        )

    def change_rating(self) -> None:
        product = self.current()
        if product is None:
            return
        issuer = self.form.combo_value("risk_issuer")
        distributor = self.form.combo_value("risk_distributor")
        run_op(
            self,
            lambda: catalog.change_rating(
                self.ws, self.actor, product.product_id, product.version, issuer, distributor
            ),
            self._rated,
            lambda error: self.form.report(self, error),
        )

    def _rated(self, notices: list[NoticeView]) -> None:
        if notices:
            lines = [
                translate(
                    "CatalogPage", "Clients to notify (their match changed with the new rating):"
                )
            ]
            lines += [
                translate("CatalogPage", "{client}: {old} → {new}, now {outcome}").format(
                    client=n.client_name
                    or translate("CatalogPage", "a client (case {case})").format(
                        case=n.case_id[:8]
                    ),
                    old=n.old_risk,
                    new=n.new_risk,
                    outcome=labels.outcome_label(n.outcome),
                )
                for n in notices
            ]
        else:
            lines = [translate("CatalogPage", "Rating recorded. No client needs to be notified.")]
        self.report.setPlainText("\n".join(lines))
        self.refresh()
