"""Resolve one sync conflict: both values side by side; keep mine, keep theirs, or edit.

The same field was changed on this device and on another since they last agreed. Nothing
was decided by clocks: until someone chooses here, this device shows its own value and
head office keeps the other.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.suitability import LOCAL_ZONE
from app.errors import UserError
from app.services import sync
from app.services.context import Actor, Workspace
from app.services.sync_conflicts import ConflictView
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.sync_labels import entity_label, field_label, value_text
from ui.widgets.forms import FormBinder


def _shown(value: object) -> str:
    text = value_text(value)
    return text if text else translate("ConflictDialog", "(empty)")


class ConflictDialog(DialogBase):
    def __init__(
        self, ws: Workspace, actor: Actor, conflict: ConflictView, parent: QWidget | None = None
    ) -> None:
        super().__init__("conflict.dialog", parent)
        self.ws, self.actor, self.conflict = ws, actor, conflict
        self.setWindowTitle(translate("ConflictDialog", "Resolve a sync conflict"))
        self.setMinimumWidth(520)
        field = field_label(conflict.entity, conflict.field)
        record = entity_label(conflict.entity)
        if conflict.title:
            record = f"{record} · {conflict.title}"
        intro = QLabel(
            translate(
                "ConflictDialog",
                "“{field}” was changed on this device and at head office (or on another "
                "device) since they last agreed. Choose the value to keep; the other is "
                "replaced everywhere at the next sync.",
            ).format(field=field)
        )
        intro.setWordWrap(True)

        facts = QFormLayout()
        facts.addRow(translate("ConflictDialog", "Record"), QLabel(record))
        facts.addRow(translate("ConflictDialog", "Field"), QLabel(field))
        facts.addRow(
            translate("ConflictDialog", "Before both changes"), self._value(conflict.base, "base")
        )
        facts.addRow(
            translate("ConflictDialog", "Noticed"),
            QLabel(conflict.created_at.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")),
        )

        self.keep_mine = QRadioButton(
            translate("ConflictDialog", "Keep this device's value: {value}").format(
                value=_shown(conflict.mine)
            )
        )
        self.keep_mine.setObjectName("conflict.keep_mine")
        self.keep_theirs = QRadioButton(
            translate("ConflictDialog", "Keep head office's value: {value}").format(
                value=_shown(conflict.theirs)
            )
        )
        self.keep_theirs.setObjectName("conflict.keep_theirs")
        self.edit = QRadioButton(translate("ConflictDialog", "Enter another value:"))
        self.edit.setObjectName("conflict.edit")
        self.choices = QButtonGroup(self)
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            button.setToolTip(button.text())
            self.choices.addButton(button)
        self.form = FormBinder("conflict")
        self.value = self.form.line_edit("value", field, max_length=300)
        self.value.setText(value_text(conflict.mine))
        self.value.setEnabled(False)
        self.edit.toggled.connect(self.value.setEnabled)
        # Another value only where the client form's checks exist for the field.
        self.edit.setEnabled(conflict.editable)
        self.keep_mine.setChecked(True)
        self.general_error = self.form.error_label("choice")
        self.form.inputs["choice"] = self.keep_mine

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(facts)
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            layout.addWidget(button)
        layout.addWidget(self.value)
        layout.addWidget(self.form.error_label("value"))
        layout.addWidget(self.general_error)
        layout.addWidget(self.ok_cancel("conflict.apply", self.apply))
        self.setTabOrder(self.keep_mine, self.keep_theirs)
        self.setTabOrder(self.keep_theirs, self.edit)
        self.setTabOrder(self.edit, self.value)

    @staticmethod
    def _value(value: object, name: str) -> QLabel:
        label = QLabel(_shown(value))
        label.setObjectName(f"conflict.{name}")
        label.setWordWrap(True)
        return label

    def choice(self) -> str:
        if self.keep_theirs.isChecked():
            return "theirs"
        if self.edit.isChecked():
            return "edit"
        return "mine"

    def chosen_value(self) -> object:
        """The typed value as the conflict's values travel: empty is no value when the
        field may be empty; the service checks it as the client form would."""
        text = self.value.text().strip()
        if not text and (self.conflict.mine is None or self.conflict.theirs is None):
            return None
        return text

    def apply(self) -> None:
        choice = self.choice()
        value = self.chosen_value() if choice == "edit" else None
        conflict_id = self.conflict.conflict_id
        self.form.clear_errors()
        run_op(
            self,
            lambda: sync.resolve_conflict(self.ws, self.actor, conflict_id, choice, value),
            lambda _: self.accept(),
            self._refused,
        )

    def _refused(self, error: UserError) -> None:
        """Beside the value (what was typed stays), or under the choices."""
        self.form.report(self, error)


def ask_resolution(parent: QWidget, ws: Workspace, actor: Actor, conflict: ConflictView) -> bool:
    """Show the dialog; True if the conflict was resolved."""
    dialog = ConflictDialog(ws, actor, conflict, parent)
    return dialog.exec() == ConflictDialog.DialogCode.Accepted
