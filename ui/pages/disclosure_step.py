"""The disclosure step: each document read to the end, each key risk acknowledged, the
sentence copied by hand, and whatever the decision requires confirmed.

Documents are shown as plain text (never as markup). Reading time counts while a
document is on screen. Names: ``disclosure.doc_<kind>``, ``disclosure.<kind>.risk_<id>``,
``disclosure.copy_pad``, ``disclosure.<confirmation>``, ``disclosure.recording.<point>``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import disclosure
from app.services.context import Actor, Workspace
from app.services.disclosure import DisclosureInput, DisclosurePlan, DocumentReading
from ui.i18n import translate
from ui.operations import run_op
from ui.widgets.forms import ERROR_STYLE, FormBinder
from ui.widgets.signature_pad import SignatureField

FIT_CHECK_MS = 150


def choose_recording_file(parent: QWidget) -> Path | None:
    """Ask for the recording file whose SHA-256 is recorded (patched in tests)."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("Disclosure", "Recording file"))
    return Path(name) if name else None


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class _DocumentView(QWidget):
    """One document: its text (must reach the end) and its key-risk boxes."""

    read_changed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.sha256 = ""
        self.read_to_end = False
        self.seconds = 0.0
        self.timer = QElapsedTimer()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"disclosure.doc_{kind}")
        self.text.setReadOnly(True)
        font = self.text.font()
        font.setPointSize(13)
        self.text.setFont(font)
        self.text.verticalScrollBar().valueChanged.connect(lambda _v: self._check_end())
        self.text.verticalScrollBar().rangeChanged.connect(lambda _a, _b: self._check_end())
        self.hint = QLabel()
        self.hint.setObjectName(f"disclosure.{kind}.state")
        self.risks_box = QVBoxLayout()
        self.risk_boxes: dict[str, QCheckBox] = {}
        self.error = QLabel()
        self.error.setObjectName(f"disclosure.document_{kind}.error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.text, 1)
        column.addWidget(self.hint)
        column.addLayout(self.risks_box)
        column.addWidget(self.error)

    def show_document(
        self, title: str, version: str, sha256: str, text: str, risks: list[tuple[str, str]]
    ) -> None:
        self.sha256 = sha256
        self.read_to_end = False
        self.seconds = 0.0
        self.title.setText(
            translate("Disclosure", "{title} (version {version})").format(
                title=title, version=version
            )
        )
        self.text.setPlainText(text)
        while self.risks_box.count():
            item = self.risks_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.risk_boxes = {}
        if risks:
            caption = QLabel(translate("Disclosure", "The client acknowledges each key risk:"))
            self.risks_box.addWidget(caption)
        for risk_id, risk_text in risks:
            box = QCheckBox(risk_text)
            box.setObjectName(f"disclosure.{self.kind}.risk_{risk_id}")
            box.setAccessibleName(risk_text)
            box.setEnabled(False)
            box.toggled.connect(lambda _c: self.read_changed.emit())
            self.risk_boxes[risk_id] = box
            self.risks_box.addWidget(box)
        self._update_hint()

    def _check_end(self) -> None:
        bar = self.text.verticalScrollBar()
        if self.read_to_end or not self.isVisible():
            return
        if bar.maximum() == 0:
            # Either the whole text fits, or it is not laid out yet (the range arrives a
            # moment later): decide once the event loop has laid it out.
            QTimer.singleShot(FIT_CHECK_MS, self._check_fits)
            return
        if bar.value() >= bar.maximum():
            self._mark_read()

    def _check_fits(self) -> None:
        bar = self.text.verticalScrollBar()
        if not self.read_to_end and self.isVisible() and bar.maximum() == 0:
            self._mark_read()

    def _mark_read(self) -> None:
        if not self.read_to_end:
            self.read_to_end = True
            for box in self.risk_boxes.values():
                box.setEnabled(True)
            self._update_hint()
            self.read_changed.emit()

    def _update_hint(self) -> None:
        self.hint.setText(
            translate("Disclosure", "Read to the end ✓")
            if self.read_to_end
            else translate("Disclosure", "Scroll to the end of the document to continue.")
        )

    def start_reading(self) -> None:
        self.timer.start()
        self._check_end()

    def stop_reading(self) -> None:
        if self.timer.isValid():
            self.seconds += self.timer.elapsed() / 1000
            self.timer.invalidate()

    def reading(self) -> DocumentReading:
        seconds = self.seconds + (self.timer.elapsed() / 1000 if self.timer.isValid() else 0)
        return DocumentReading(
            kind=self.kind,
            sha256=self.sha256,
            reading_seconds=int(seconds),
            scrolled_to_end=self.read_to_end,
            acknowledged=tuple(i for i, box in self.risk_boxes.items() if box.isChecked()),
        )

    def complete(self) -> bool:
        return self.read_to_end and all(box.isChecked() for box in self.risk_boxes.values())


class DisclosureStep(QWidget):
    disclosed = Signal()

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disclosure.page")
        self.ws, self.actor = ws, actor
        self.plan: DisclosurePlan | None = None
        self.form = FormBinder("disclosure")
        self.views: dict[str, _DocumentView] = {}

        self.sections = QListWidget()
        self.sections.setObjectName("disclosure.sections")
        self.sections.setAccessibleName(translate("Disclosure", "Documents and confirmations"))
        self.sections.setFixedWidth(200)
        self.sections.currentRowChanged.connect(self._section_changed)
        self.stack = QStackedWidget()
        for kind in ("prospectus", "risk_disclosure", "investor_rights", "contract_summary"):
            view = _DocumentView(kind)
            view.read_changed.connect(self._refresh_marks)
            self.views[kind] = view
            self.stack.addWidget(view)
        self.confirmations = self._build_confirmations()
        scroll = QScrollArea()
        scroll.setObjectName("disclosure.confirmations")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.confirmations)
        self.stack.addWidget(scroll)
        self.confirm_page = scroll
        self.submit_button = QPushButton(translate("Disclosure", "Record the disclosure"))
        self.submit_button.setObjectName("disclosure.submit")
        self.submit_button.hide()  # the wizard's nav.next is the visible action
        self.submit_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addWidget(self.sections)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        layout.addLayout(bottom)

    def _check(self, field: str, text: str, column: QVBoxLayout) -> QCheckBox:
        box = self.form.checkbox(field, text)
        column.addWidget(box)
        column.addWidget(self.form.error_label(field))
        return box

    def _text(self, column: QVBoxLayout, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"disclosure.{name}_text")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(label)
        return label

    def _group_title(self, column: QVBoxLayout, text: str) -> QLabel:
        title = QLabel(text)
        title.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 8px;")
        column.addWidget(title)
        return title

    def _build_confirmations(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        self.copy_title = self._group_title(
            column, translate("Disclosure", "The client copies this sentence by hand:")
        )
        self.copy_text = self._text(column, "copy")
        self.copy_text.setStyleSheet("font-size: 16pt;")
        self.copy_pad = SignatureField(
            "disclosure.copy_pad", translate("Disclosure", "Client's handwriting")
        )
        self.copy_pad.setMinimumHeight(200)
        column.addWidget(self.copy_pad)
        self.form.errors["copy_pad"] = self.copy_pad.error
        self.copy_attested = self._check(
            "copy_attested",
            translate(
                "Disclosure", "I attest that the client copied the whole sentence themselves."
            ),
            column,
        )
        self.warning_title = self._group_title(
            column, translate("Disclosure", "Special risk warning")
        )
        self.warning_text = self._text(column, "special_warning")
        self.special_warning = self._check(
            "special_warning_confirmed",
            translate(
                "Disclosure",
                "The client read the special risk warning and signs the investment confirmation.",
            ),
            column,
        )
        self.elderly_title = self._group_title(
            column, translate("Disclosure", "Elderly special care")
        )
        self.elderly_text = self._text(column, "elderly_care")
        self.elderly_attested = self._check(
            "elderly_care_attested",
            translate("Disclosure", "I gave the extra explanation point by point."),
            column,
        )
        self.elderly_reconfirmed = self._check(
            "elderly_client_reconfirmed",
            translate("Disclosure", "The client confirms the purchase again."),
            column,
        )
        self.qualified_title = self._group_title(
            column, translate("Disclosure", "Qualified-investor commitment")
        )
        self.qualified_text = self._text(column, "qualified_commitment")
        self.qualified = self._check(
            "qualified_commitment_accepted",
            translate("Disclosure", "The client makes this commitment."),
            column,
        )
        self.concentration_text = self._text(column, "concentration")
        self.concentration = self._check(
            "concentration_explained",
            translate("Disclosure", "I explained this to the client."),
            column,
        )
        self.premium_text = self._text(column, "premium")
        self.premium = self._check(
            "premium_explained", translate("Disclosure", "I explained this to the client."), column
        )
        self.recording_title = self._group_title(
            column, translate("Disclosure", "Audio and video recording (双录)")
        )
        self.recording_points = QVBoxLayout()
        column.addLayout(self.recording_points)
        column.addWidget(self.form.error_label("recording_checklist"))
        self.recording_boxes: dict[str, QCheckBox] = {}
        self.recording_reference = self.form.line_edit(
            "recording_reference", translate("Disclosure", "Recording reference"), max_length=100
        )
        self.recording_sha256 = self.form.line_edit(
            "recording_sha256", translate("Disclosure", "Recording SHA-256"), max_length=64
        )
        self.hash_button = QPushButton(translate("Disclosure", "Compute from the file…"))
        self.hash_button.setObjectName("disclosure.recording_hash_file")
        self.hash_button.clicked.connect(self._hash_file)
        self.recording_fields = QWidget()
        fields = QVBoxLayout(self.recording_fields)
        fields.setContentsMargins(0, 0, 0, 0)
        reference_caption = translate("Disclosure", "Recording reference")
        hash_caption = translate("Disclosure", "Recording SHA-256")
        for caption, edit, name in (
            (reference_caption, self.recording_reference, "recording_reference"),
            (hash_caption, self.recording_sha256, "recording_sha256"),
        ):
            fields.addWidget(QLabel(caption))
            line = QHBoxLayout()
            line.addWidget(edit, 1)
            if edit is self.recording_sha256:
                line.addWidget(self.hash_button)
            fields.addLayout(line)
            fields.addWidget(self.form.error_label(name))
        column.addWidget(self.recording_fields)
        self.deadline_text = self._text(column, "deadline")
        column.addStretch(1)
        return page

    # -- loading ----------------------------------------------------------------------
    def load(self, plan: DisclosurePlan) -> None:
        self.plan = plan
        self.form.clear_errors()
        self.sections.blockSignals(True)
        self.sections.clear()
        shown = {d.kind for d in plan.documents}
        for kind, view in self.views.items():
            document = next((d for d in plan.documents if d.kind == kind), None)
            if document is None:
                continue
            view.show_document(
                document.title,
                document.version,
                document.sha256,
                document.text,
                [(r.id, r.text) for r in document.key_risks],
            )
            self.sections.addItem(document.title)
        self._kinds = [k for k in self.views if k in shown]
        self.sections.addItem(translate("Disclosure", "Confirmations"))
        self.sections.blockSignals(False)
        self.copy_text.setText(plan.copy_sentence)
        for widget in (self.copy_title, self.copy_text, self.copy_pad, self.copy_attested):
            widget.setVisible(plan.copy_required)
        self.copy_pad.pad.clear()
        self.copy_attested.setChecked(False)
        optional = (
            (plan.special_warning, (self.warning_title, self.warning_text, self.special_warning),
             "\n\n".join(t for t in (plan.special_warning, plan.investment_confirmation,
                                      plan.own_initiative) if t)),
            (plan.elderly_care, (self.elderly_title, self.elderly_text, self.elderly_attested,
                                 self.elderly_reconfirmed), plan.elderly_care or ""),
            (plan.qualified_commitment, (self.qualified_title, self.qualified_text, self.qualified),
             plan.qualified_commitment or ""),
            (plan.concentration, (self.concentration_text, self.concentration),
             plan.concentration or ""),
            (plan.premium, (self.premium_text, self.premium), plan.premium or ""),
        )  # fmt: skip
        for needed, widgets, text in optional:
            for widget in widgets:
                widget.setVisible(bool(needed))
                if isinstance(widget, QCheckBox):
                    widget.setChecked(False)
            label = next(w for w in widgets if isinstance(w, QLabel) and w.objectName())
            label.setText(text)
        while self.recording_points.count():
            item = self.recording_points.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        self.recording_boxes = {}
        for point_id, text in plan.recording_checklist:
            box = QCheckBox(text)
            box.setObjectName(f"disclosure.recording.{point_id}")
            box.setAccessibleName(text)
            self.recording_boxes[point_id] = box
            self.recording_points.addWidget(box)
        recording = bool(plan.recording_checklist)
        self.recording_title.setVisible(recording)
        self.recording_fields.setVisible(recording)
        self.recording_reference.clear()
        self.recording_sha256.clear()
        self.deadline_text.setText(plan.deadline_notice or "")
        self.deadline_text.setVisible(bool(plan.deadline_notice))
        self.sections.setCurrentRow(0)
        self._section_changed(0)

    def _section_changed(self, row: int) -> None:
        for view in self.views.values():
            view.stop_reading()
        kinds = getattr(self, "_kinds", [])
        if 0 <= row < len(kinds):
            view = self.views[kinds[row]]
            self.stack.setCurrentWidget(view)
            view.start_reading()
        elif row == len(kinds):
            self.stack.setCurrentWidget(self.confirm_page)
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        kinds = getattr(self, "_kinds", [])
        for row, kind in enumerate(kinds):
            item = self.sections.item(row)
            if item is None:
                continue
            view = self.views[kind]
            mark = "✓ " if view.complete() else "○ "
            title = view.title.text().split(" (")[0] or item.text()
            item.setText(mark + title.removeprefix("✓ ").removeprefix("○ "))

    def current_document(self) -> _DocumentView | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, _DocumentView) else None

    def _hash_file(self) -> None:
        path = choose_recording_file(self)
        if path is None:
            return
        run_op(self, lambda: _file_sha256(path), self.recording_sha256.setText)

    # -- submitting -------------------------------------------------------------------
    def read(self) -> DisclosureInput:
        assert self.plan is not None
        pad = self.copy_pad.pad
        return DisclosureInput(
            readings=tuple(self.views[k].reading() for k in getattr(self, "_kinds", [])),
            copy_strokes=None if pad.is_empty() else pad.strokes(),
            advisor_attests_copy=self.copy_attested.isChecked(),
            special_warning_confirmed=self.special_warning.isChecked(),
            elderly_care_attested=self.elderly_attested.isChecked(),
            elderly_client_reconfirmed=self.elderly_reconfirmed.isChecked(),
            qualified_commitment_accepted=self.qualified.isChecked(),
            recording_reference=self.recording_reference.text(),
            recording_sha256=self.recording_sha256.text(),
            recording_checked=tuple(i for i, b in self.recording_boxes.items() if b.isChecked()),
            concentration_explained=self.concentration.isChecked(),
            premium_explained=self.premium.isChecked(),
        )

    def submit(self) -> None:
        if self.plan is None or not self.submit_button.isEnabled():
            return  # nothing loaded, or being recorded already
        plan, data = self.plan, self.read()
        self.submit_button.setEnabled(False)
        self.form.clear_errors()
        for view in self.views.values():
            view.error.hide()

        def call() -> int:
            return disclosure.record_disclosure(
                self.ws, self.actor, plan.case_id, plan.version, data
            )

        run_op(self, call, self._recorded, self._failed)

    def _recorded(self, _version: int) -> None:
        self.submit_button.setEnabled(True)
        for view in self.views.values():
            view.stop_reading()
        self.disclosed.emit()

    def _failed(self, error: UserError) -> None:
        self.submit_button.setEnabled(True)
        from app.errors import ValidationFailed

        if isinstance(error, ValidationFailed):
            rest = []
            for item in error.errors:
                if item.field.startswith("document_"):
                    view = self.views.get(item.field.removeprefix("document_"))
                    if view is not None:
                        view.error.setText(item.message)
                        view.error.show()
                        continue
                rest.append(item)
            if rest:
                self.form.report(self, ValidationFailed(rest))
            first = error.errors[0].field
            if first.startswith("document_"):
                kinds = getattr(self, "_kinds", [])
                kind = first.removeprefix("document_")
                if kind in kinds:
                    self.sections.setCurrentRow(kinds.index(kind))
            else:
                self.sections.setCurrentRow(self.sections.count() - 1)
        else:
            self.form.report(self, error)
