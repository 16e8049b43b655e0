"""A failed save shows each error beside its field, the rest in a message, and keeps input."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from app.errors import FieldError, UserError, ValidationFailed
from tests.gui.conftest import Messages
from ui.widgets.forms import FormBinder

pytestmark = pytest.mark.gui


def test_report_places_field_errors_and_boxes_the_rest(qtbot: QtBot, shown: Messages) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    form = FormBinder("sample")
    layout = QFormLayout(page)
    name = form.line_edit("name", "Name")
    form.add_row(layout, "name", "Name", name)
    name.setText("typed")
    form.report(
        page,
        ValidationFailed(
            [
                FieldError("name", "NAME_TOO_LONG", "Too long."),
                FieldError("elsewhere", "OTHER", "A rule about another field."),
            ]
        ),
    )
    assert form.errors["name"].text() == "Too long." and not form.errors["name"].isHidden()
    assert shown.errors == ["A rule about another field."]
    assert name.text() == "typed"

    form.report(page, UserError("Someone else saved first."))
    assert form.errors["name"].isHidden()
    assert shown.errors[-1] == "Someone else saved first."
