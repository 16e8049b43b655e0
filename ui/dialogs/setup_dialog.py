"""First run: create the encrypted database, the first administrator, branch and device,
then show the recovery code once and insist it has been written down."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services.device_keys import ensure_device_credentials
from app.services.setup import SetupRequest, SetupResult, first_run_setup
from app.store.home import DataHome
from ui.dialogs.base import DialogBase
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import FormBinder, password_rules_label


class SetupDialog(DialogBase):
    def __init__(self, home: DataHome, parent: QWidget | None = None) -> None:
        super().__init__("setup.dialog", parent)
        self.home = home
        self.result_value: SetupResult | None = None
        self.setWindowTitle(translate("SetupDialog", "Set up Advisor Desk"))
        self.form = FormBinder("setup")
        self.pages = QStackedWidget()
        self.pages.addWidget(self._details_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 620)

    # -- page 1: details ---------------------------------------------------------------
    def _details_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            translate(
                "SetupDialog",
                "This creates the encrypted database on this computer and its first "
                "administrator. Client data never leaves this database unencrypted.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QFormLayout()
        f = self.form
        fields: list[tuple[str, str, QWidget]] = [
            (
                "admin_username",
                translate("SetupDialog", "Administrator user name"),
                f.line_edit(
                    "admin_username",
                    translate("SetupDialog", "Administrator user name"),
                    placeholder="admin",
                    max_length=32,
                ),
            ),
            (
                "admin_display_name",
                translate("SetupDialog", "Administrator name"),
                f.line_edit("admin_display_name", translate("SetupDialog", "Administrator name")),
            ),
            (
                "password",
                translate("SetupDialog", "Password"),
                f.line_edit("password", translate("SetupDialog", "Password"), password=True),
            ),
            (
                "password_repeat",
                translate("SetupDialog", "Repeat password"),
                f.line_edit(
                    "password_repeat", translate("SetupDialog", "Repeat password"), password=True
                ),
            ),
            (
                "branch_code",
                translate("SetupDialog", "Branch code"),
                f.line_edit("branch_code", translate("SetupDialog", "Branch code"), max_length=32),
            ),
            (
                "branch_name",
                translate("SetupDialog", "Branch name"),
                f.line_edit("branch_name", translate("SetupDialog", "Branch name")),
            ),
            (
                "device_name",
                translate("SetupDialog", "Device name"),
                f.line_edit("device_name", translate("SetupDialog", "Device name"), max_length=100),
            ),
        ]
        for field, label, widget in fields:
            f.add_row(grid, field, label, widget)
        layout.addLayout(grid)
        layout.addWidget(password_rules_label("setup.password_rules"))
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.create_button = QPushButton(translate("SetupDialog", "Create database"))
        self.create_button.setObjectName("setup.create")
        self.create_button.setDefault(True)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("setup.cancel")
        self.create_button.clicked.connect(self.create_database)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _text(self, field: str) -> str:
        widget = self.form.inputs[field]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def request(self) -> SetupRequest:
        return SetupRequest(
            admin_username=self._text("admin_username").strip(),
            admin_display_name=self._text("admin_display_name"),
            password=self._text("password"),
            password_repeat=self._text("password_repeat"),
            branch_code=self._text("branch_code"),
            branch_name=self._text("branch_name"),
            device_name=self._text("device_name"),
        )

    def create_database(self) -> None:
        self.form.clear_errors()
        request = self.request()
        self.create_button.setEnabled(False)

        def create() -> SetupResult:
            result = first_run_setup(self.home, request)
            # The device's signing certificate exists from the first run on.
            ensure_device_credentials(result.workspace)
            return result

        run_op(self, create, self._created, self._failed)

    def _failed(self, error: UserError) -> None:
        self.create_button.setEnabled(True)
        self.form.report(self, error)

    def _created(self, result: SetupResult) -> None:
        self.result_value = result
        self.recovery_code.setText(result.recovery_code)
        self.pages.setCurrentIndex(1)
        self.confirm.setFocus()

    # -- page 2: recovery code ---------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(translate("SetupDialog", "Your recovery code"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        layout.addWidget(title)
        text = QLabel(
            translate(
                "SetupDialog",
                "Write this code down and keep it somewhere safe, away from this computer. It is "
                "shown only now. If every administrator password is forgotten, this code is the "
                "only way to open the data again.",
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.recovery_code = QLineEdit()
        self.recovery_code.setObjectName("setup.recovery_code")
        self.recovery_code.setAccessibleName(translate("SetupDialog", "Recovery code"))
        self.recovery_code.setReadOnly(True)
        mono = QFont("monospace")
        mono.setPointSize(14)
        self.recovery_code.setFont(mono)
        layout.addWidget(self.recovery_code)
        self.confirm = QCheckBox(translate("SetupDialog", "I have written the recovery code down"))
        self.confirm.setObjectName("setup.recovery_confirmed")
        self.confirm.setAccessibleName(
            translate("SetupDialog", "I have written the recovery code down")
        )
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        self.finish_button = QPushButton(translate("SetupDialog", "Finish"))
        self.finish_button.setObjectName("setup.finish")
        self.finish_button.setEnabled(False)
        self.confirm.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self._finish)
        layout.addWidget(self.finish_button)
        return page

    def _finish(self) -> None:
        self.recovery_code.clear()  # do not keep the code around in the widget tree
        self.accept()

    def reject(self) -> None:
        if self.result_value is not None and not self.confirm.isChecked():
            return  # the database exists: the code must be acknowledged first
        super().reject()
