"""The devices this database knows and their sealing certificates (administrators)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.suitability import LOCAL_ZONE
from app.services import devices
from app.services.context import Actor, Workspace
from ui.i18n import translate
from ui.operations import run_op


class DevicesPanel(QWidget):
    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.actor = ws, actor
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("settings.devices_table")
        self.table.setAccessibleName(translate("DevicesPanel", "Devices"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("DevicesPanel", "Device"),
                translate("DevicesPanel", "Branch"),
                translate("DevicesPanel", "Registered"),
                translate("DevicesPanel", "Sealing certificate valid until"),
                translate("DevicesPanel", "Certificate fingerprint (SHA-256)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        run_op(self, lambda: devices.list_devices(self.ws, self.actor), self._show)

    def _show(self, rows: list[devices.DeviceRow]) -> None:
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            name = row.name
            if row.is_this_device:
                name = translate("DevicesPanel", "{name} (this device)").format(name=row.name)
            cert = row.certificates[0] if row.certificates else None
            cells = (
                name,
                row.branch,
                row.registered_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d"),
                cert.not_after.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d")
                if cert
                else translate("DevicesPanel", "none yet"),
                cert.fingerprint[:32] + "…" if cert else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and cert:
                    item.setToolTip(cert.fingerprint)
                self.table.setItem(index, column, item)
