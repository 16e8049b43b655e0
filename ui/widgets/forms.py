"""Form plumbing: named inputs with an error line under each.

Every input gets the objectName ``<page>.<field>`` and its label as accessibleName (the GUI
automation contract); the error line is ``<page>.<field>.error``. Showing errors never
touches what was typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.passwords import password_rules
from app.errors import FieldError, UserError, ValidationFailed
from ui import messages
from ui.i18n import translate

ERROR_STYLE = "color: #b3261e;"


def password_rules_label(name: str) -> QLabel:
    """The password policy as the user reads it, wherever a password is chosen."""
    label = QLabel(translate("Forms", "Password rules:") + "\n• " + "\n• ".join(password_rules()))
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class FormBinder:
    def __init__(self, page: str) -> None:
        self.page = page
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def _name(self, widget: QWidget, field: str, label: str) -> None:
        widget.setObjectName(f"{self.page}.{field}")
        widget.setAccessibleName(label)
        self.inputs[field] = widget

    def line_edit(
        self,
        field: str,
        label: str,
        *,
        placeholder: str = "",
        password: bool = False,
        max_length: int = 200,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(max_length)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._name(edit, field, label)
        return edit

    def combo(self, field: str, label: str, choices: Iterable[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for value, text in choices:
            combo.addItem(text, value)
        self._name(combo, field, label)
        return combo

    def checkbox(self, field: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        self._name(box, field, text)
        return box

    def error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{self.page}.{field}.error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def add_row(self, layout: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        """Add ``widget`` with its label and an error line beneath it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self.error_label(field))
        caption = QLabel(label)
        caption.setBuddy(widget)
        layout.addRow(caption, holder)

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_errors(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Show each error beside its field; focus the first. Returns the ones not placed."""
        self.clear_errors()
        unplaced: list[FieldError] = []
        first: QWidget | None = None
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                unplaced.append(error)
                continue
            text = label.text()
            label.setText(f"{text}\n{error.message}" if text else error.message)
            label.show()
            if first is None:
                first = self.inputs.get(error.field)
        if first is not None:
            first.setFocus()
        return unplaced

    def report(self, parent: QWidget, error: UserError) -> None:
        """Show a failed save: field errors beside their fields, anything else in a box.

        What was typed stays untouched either way.
        """
        if isinstance(error, ValidationFailed):
            unplaced = self.show_errors(error.errors)
            if unplaced:
                messages.show_error(parent, "\n".join(e.message for e in unplaced))
        else:
            self.clear_errors()
            messages.show_error(parent, error.message)

    def combo_value(self, field: str) -> str:
        widget = self.inputs[field]
        assert isinstance(widget, QComboBox)
        return str(widget.currentData())

    def set_combo(self, field: str, value: str) -> None:
        widget = self.inputs[field]
        assert isinstance(widget, QComboBox)
        index = widget.findData(value)
        widget.setCurrentIndex(max(index, 0))
