"""The one dialog base: restores and saves its geometry per objectName."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget


class DialogBase(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(440)  # room for 35-character recovery codes and Chinese labels
        self._restored = False

    def ok_cancel(self, ok_name: str, on_ok: Callable[[], None]) -> QDialogButtonBox:
        """OK (named ``ok_name`` for automation, calling ``on_ok``) and Cancel (rejects)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName(ok_name)
        buttons.accepted.connect(on_ok)
        buttons.rejected.connect(self.reject)
        return buttons

    def _key(self) -> str:
        return f"geometry/{self.objectName()}"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._restored:
            self._restored = True
            geometry = QSettings().value(self._key())
            if geometry is not None:
                self.restoreGeometry(geometry)
        super().showEvent(event)

    def done(self, result: int) -> None:
        QSettings().setValue(self._key(), self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue(self._key(), self.saveGeometry())
        super().closeEvent(event)
