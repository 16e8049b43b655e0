"""After the sale on the signed-case page: cancelling within cooling-off, and the survey.

A private product's sale is cancelled from the page while its cooling-off runs: the
dialog refuses what is missing beside each field and keeps what was entered, then the
sealed confirmation is shown, verified and exported. The satisfaction survey is blocked
(with a visible "no contact until …") during cooling-off and taken once it has ended.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QRadioButton

from app.demo import disclose_and_sign
from app.domain.case_flow import CaseState
from app.services import cancellation, cases, signing, surveys
from app.services.context import LOCAL_ZONE
from tests.gui.case_desk import Desk
from tests.gui.conftest import Messages, find
from tests.gui.test_case_flow import button, click
from tests.gui.test_signing_flow import write
from ui.main_window import MainWindow
from ui.pages import done_step
from ui.pages.cancel_dialog import CancelDialog
from ui.pages.survey_dialog import SurveyDialog

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]

PRIVATE = "TR24001"  # trust, R3 fixed income, private overlay: 24 h cooling-off
QUALIFIED = dict(
    family_financial_net_assets="5000000",
    family_financial_assets="7000000",
    financial_assets="6000000",
    income_3y_avg="800000",
    investment_experience_years="5",
)


def freeze(desk: Desk, moment: datetime) -> None:
    desk.ws.clock = lambda: moment


def signed_private_case(desk: Desk) -> signing.SignedCase:
    case_id = desk.assessed_case(**QUALIFIED)
    products = {p.code: p for p, _d in cases.evaluate_catalog(desk.ws, desk.actor, case_id)}
    cases.choose_product(
        desk.ws,
        desk.actor,
        case_id,
        desk.case(case_id).version,
        products[PRIVATE].product_id,
        Decimal("1000000"),
        channel="branch",
    )
    return disclose_and_sign(desk.ws, desk.actor, case_id, seed=5)


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Dialogs the page opens, shown without modality (never exec'd)."""
    dialogs: list[QDialog] = []

    def show(dialog: QDialog) -> None:
        dialogs.append(dialog)
        dialog.show()

    monkeypatch.setattr(done_step, "show_dialog", show)
    return dialogs


def open_signed_case(desk: Desk, case_id: str) -> tuple[MainWindow, done_step.DonePage]:
    window = desk.window()
    window.open_case(case_id)
    desk.wait_ops()
    page = window.case_page.done
    assert window.case_page.stack.currentWidget() is page
    return window, page


def local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def test_a_sale_is_cancelled_within_cooling_off_from_the_signed_case_page(
    desk: Desk,
    shown: Messages,
    opened: list[QDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signed = signed_private_case(desk)
    assert signed.cooling_off_until is not None
    freeze(desk, signed.signed_at + timedelta(hours=2))
    _window, page = open_signed_case(desk, signed.case_id)
    qtbot = desk.qtbot
    details = find(page, QLabel, "done.details").text()
    assert f"Cooling-off until {local(signed.cooling_off_until)}" in details
    pack_name, pack = signing.case_pack(desk.ws, desk.actor, signed.case_id)
    assert page.file_name == pack_name
    assert not button(page, "done.cancellation_pdf").isVisible()

    click(qtbot, button(page, "done.cancel"))
    (dialog,) = opened
    assert isinstance(dialog, CancelDialog) and dialog.isVisible()
    refund = find(dialog, QLineEdit, "done.refund_amount")
    assert refund.text() == "1,000,000.00"  # the amount of the sale, prefilled
    assert "张三" in find(dialog, QLabel, "done.cancel_intro").text()

    # Too much refunded, no reference, no signature: each refused beside its field.
    refund.setText("2000000")
    find(dialog, QLineEdit, "done.reason").setText("客户资金另有安排")
    click(qtbot, button(dialog, "done.cancel_submit"))
    desk.wait_ops()
    assert dialog.isVisible()
    for name in ("done.refund_amount.error", "done.refund_reference.error"):
        assert find(dialog, QLabel, name).isVisible(), name
    assert "cannot exceed" in find(dialog, QLabel, "done.refund_amount.error").text()
    assert find(dialog, QLabel, "done.cancel_pad.error").isVisible()
    assert desk.case(signed.case_id).state is CaseState.SIGNED
    # Nothing entered is lost.
    assert refund.text() == "2000000"
    assert find(dialog, QLineEdit, "done.reason").text() == "客户资金另有安排"

    refund.setText("1,000,000.00")
    find(dialog, QLineEdit, "done.refund_reference").setText("RF-0001")
    write(qtbot, dialog.pad.pad, 3)
    assert not find(dialog, QLabel, "done.cancel_pad.error").isVisible()
    click(qtbot, button(dialog, "done.cancel_submit"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    desk.wait_ops()
    assert dialog.result() == QDialog.DialogCode.Accepted

    case = desk.case(signed.case_id)
    assert case.state is CaseState.CANCELLED
    status = find(page, QLabel, "done.after_sale")
    assert status.isVisible()
    assert "Cancelled on" in status.text() and "1,000,000.00" in status.text()
    assert "RF-0001" in status.text() and "客户资金另有安排" in status.text()
    assert "sale cancelled" in find(page, QLabel, "done.heading").text()
    assert not button(page, "done.cancel").isVisible()
    assert not button(page, "done.submit").isVisible()
    assert not button(page, "done.survey").isVisible()

    # The sealed confirmation is shown, verified and exported like the pack.
    toggle = button(page, "done.cancellation_pdf")
    assert toggle.isVisible() and toggle.isChecked()
    assert toggle.text() == "Show the signed pack"
    name, confirmation = cancellation.cancellation_pdf(desk.ws, desk.actor, signed.case_id)
    qtbot.waitUntil(lambda: page.file_name == name)
    assert page.pdf == confirmation and page.document.pageCount() == 1
    verification = find(page, QLabel, "done.verification")
    qtbot.waitUntil(lambda: verification.text().startswith("Seal valid"))
    monkeypatch.setattr(done_step, "choose_export_folder", lambda _p: tmp_path)
    click(qtbot, button(page, "done.export"))
    assert (tmp_path / name).read_bytes() == confirmation
    # Back to the pack.
    click(qtbot, toggle)
    desk.wait_ops()
    assert toggle.text() == "Show the cancellation confirmation"
    assert (page.file_name, page.pdf) == (pack_name, pack)
    qtbot.waitUntil(lambda: verification.text().startswith("Seal valid"))
    assert not shown.errors, shown.errors


def test_the_cancel_button_goes_once_the_period_has_ended(desk: Desk) -> None:
    signed = signed_private_case(desk)
    assert signed.cooling_off_until is not None
    freeze(desk, signed.cooling_off_until + timedelta(seconds=1))
    _window, page = open_signed_case(desk, signed.case_id)
    assert not button(page, "done.cancel").isVisible()
    status = find(page, QLabel, "done.after_sale")
    assert status.isVisible() and "ended" in status.text()
    assert not find(page, QLabel, "done.survey_note").isVisible()


def test_the_survey_waits_for_the_end_of_cooling_off_then_is_taken(
    desk: Desk, shown: Messages, opened: list[QDialog]
) -> None:
    signed = signed_private_case(desk)
    until = signed.cooling_off_until
    assert until is not None
    freeze(desk, signed.signed_at + timedelta(hours=1))
    window, page = open_signed_case(desk, signed.case_id)
    qtbot = desk.qtbot
    survey = button(page, "done.survey")
    assert survey.isVisible() and not survey.isEnabled()
    note = find(page, QLabel, "done.survey_note")
    assert note.isVisible() and f"No contact until {local(until)}" in note.text()

    # Cooling-off over: the page, reopened, lets the survey be taken.
    freeze(desk, until + timedelta(minutes=1))
    window.open_case(signed.case_id)
    desk.wait_ops()
    assert survey.isVisible() and survey.isEnabled()
    assert not note.isVisible()
    click(qtbot, survey)
    (dialog,) = opened
    assert isinstance(dialog, SurveyDialog)
    # Neither a score nor "declined": refused beside the scores.
    find(dialog, QPlainTextEdit, "survey.comment").setPlainText("讲解清楚")
    click(qtbot, button(dialog, "survey.submit"))
    assert find(dialog, QLabel, "survey.score.error").isVisible()
    assert dialog.isVisible()
    click(qtbot, find(dialog, QRadioButton, "survey.score_4"))
    click(qtbot, button(dialog, "survey.submit"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    desk.wait_ops()

    taken = surveys.survey_of(desk.ws, desk.actor, signed.case_id)
    assert taken is not None and (taken.score, taken.comment) == (4, "讲解清楚")
    assert not survey.isVisible()
    assert note.isVisible() and "4 of 5" in note.text() and "讲解清楚" in note.text()
    assert not shown.errors, shown.errors


def test_declining_disables_the_scores_and_is_recorded(desk: Desk, opened: list[QDialog]) -> None:
    signed = signed_private_case(desk)
    assert signed.cooling_off_until is not None
    freeze(desk, signed.cooling_off_until + timedelta(hours=1))
    _window, page = open_signed_case(desk, signed.case_id)
    click(desk.qtbot, button(page, "done.survey"))
    (dialog,) = opened
    five = find(dialog, QRadioButton, "survey.score_5")
    click(desk.qtbot, five)
    click(desk.qtbot, find(dialog, QCheckBox, "survey.declined"))
    assert not five.isEnabled() and five.isChecked()  # kept, greyed out
    click(desk.qtbot, button(dialog, "survey.submit"))
    desk.qtbot.waitUntil(lambda: not dialog.isVisible())
    desk.wait_ops()
    taken = surveys.survey_of(desk.ws, desk.actor, signed.case_id)
    assert taken is not None and taken.score is None
    assert "declined" in find(page, QLabel, "done.survey_note").text()


def test_a_case_changed_meanwhile_is_reread_and_the_signature_kept(
    desk: Desk, shown: Messages, opened: list[QDialog]
) -> None:
    signed = signed_private_case(desk)
    freeze(desk, signed.signed_at + timedelta(hours=1))
    _window, page = open_signed_case(desk, signed.case_id)
    click(desk.qtbot, button(page, "done.cancel"))
    (dialog,) = opened
    assert isinstance(dialog, CancelDialog)
    find(dialog, QLineEdit, "done.refund_reference").setText("TX-20261129-01")
    write(desk.qtbot, dialog.pad.pad, 3)
    # Meanwhile the advisor submits the case from elsewhere: the dialog's version is stale.
    from app.services import review

    review.submit_case(desk.ws, desk.actor, signed.case_id, desk.case(signed.case_id).version)
    click(desk.qtbot, button(dialog, "done.cancel_submit"))
    desk.wait_ops()
    assert shown.errors and "elsewhere" in shown.errors[-1]
    assert not dialog.pad.pad.is_empty(), "the client's signature is kept"
    assert find(dialog, QLineEdit, "done.refund_reference").text() == "TX-20261129-01"
    shown.errors.clear()
    click(desk.qtbot, button(dialog, "done.cancel_submit"))  # judged on the terms read again
    desk.wait_ops()
    assert desk.case(signed.case_id).state is CaseState.CANCELLED
