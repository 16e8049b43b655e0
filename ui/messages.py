"""All message boxes go through here: one place to style them and to patch them in tests."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Messages", "Advisor Desk"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("messages.error")
    box.exec()


def show_info(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Messages", "Advisor Desk"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("messages.info")
    box.exec()


def ask(parent: QWidget | None, question: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Messages", "Advisor Desk"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("messages.question")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
