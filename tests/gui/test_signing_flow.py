"""From a matched case to a sealed PDF in the window: disclosure, hand-copy, signatures.

The pads are driven with real mouse strokes; the pack is built off the GUI thread, then
previewed, verified, exported and printed.
"""

from __future__ import annotations

import hashlib
import math
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.documents.seal import verify_pdf
from app.domain.case_flow import CaseState
from app.services import signing
from tests.gui.case_desk import SUITABLE, Desk
from tests.gui.conftest import Messages, find
from tests.gui.test_case_flow import button, click, enter_amount, select_product
from ui.main_window import MainWindow
from ui.pages import disclosure_step, done_step

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def write(qtbot: QtBot, pad: QWidget, strokes: int) -> None:
    """``strokes`` wavy pen strokes across the pad, left to right, with the mouse."""
    width, height = pad.width(), pad.height()
    step = (width - 40) / strokes
    for index in range(strokes):
        x0 = int(20 + index * step)
        points = [
            (x0 + int(step * 0.8 * i / 9), int(height * (0.35 + 0.25 * math.sin(i + index))))
            for i in range(10)
        ]
        qtbot.mousePress(pad, LEFT, NO_KEYS, QPoint(*points[0]))
        for x, y in points[1:]:
            qtbot.mouseMove(pad, QPoint(x, y))
        qtbot.mouseRelease(pad, LEFT, NO_KEYS, QPoint(*points[-1]))


def to_disclosure(desk: Desk) -> tuple[MainWindow, str]:
    case_id = desk.assessed_case()
    window = desk.window()
    window.open_case(case_id)
    desk.wait_ops()
    select_product(desk, window, SUITABLE)
    enter_amount(desk, window, "100000")
    click(desk.qtbot, button(window.case_page, "nav.next"))  # choose
    desk.wait_ops()
    click(desk.qtbot, button(window.case_page, "nav.next"))  # continue to disclosure
    desk.wait_ops()
    assert window.case_page.stack.currentWidget() is window.case_page.disclosure
    return window, case_id


def read_everything(desk: Desk, window: MainWindow) -> None:
    page = window.case_page.disclosure
    scrolled = 0
    for row, kind in enumerate(page._kinds):
        page.sections.setCurrentRow(row)
        view = page.views[kind]
        bar = view.text.verticalScrollBar()
        # Laid out: either longer than the view (scroll to the end) or wholly visible.
        desk.qtbot.waitUntil(lambda bar=bar, view=view: bar.maximum() > 0 or view.read_to_end)
        if bar.maximum() > 0:
            assert not view.read_to_end
            for box in view.risk_boxes.values():
                assert not box.isEnabled(), "risks are acknowledged after reading, not before"
            bar.setValue(bar.maximum())
            scrolled += 1
        assert view.read_to_end
        for box in view.risk_boxes.values():
            click(desk.qtbot, box)  # each key risk on its own
        assert view.complete()
    assert scrolled >= 2, "the long documents had to be scrolled to their end"
    page.sections.setCurrentRow(page.sections.count() - 1)


def test_a_case_from_matching_to_a_sealed_verified_pdf(
    desk: Desk,
    shown: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, case_id = to_disclosure(desk)
    page = window.case_page.disclosure
    qtbot = desk.qtbot
    titles = [page.sections.item(i).text() for i in range(page.sections.count())]
    assert titles[-1] == "Confirmations"
    assert len(titles) == 5, titles  # four documents, then the confirmations

    # Nothing read yet: recording the disclosure is refused, each reason where it belongs.
    click(qtbot, button(window.case_page, "nav.next"))
    desk.wait_ops()
    assert page.views["prospectus"].error.isVisible()
    assert desk.case(case_id).state is CaseState.MATCHED

    read_everything(desk, window)
    write(qtbot, page.copy_pad.pad, 18)
    click(qtbot, find(page, QCheckBox, "disclosure.copy_attested"))
    # A bank product sold in the branch: the recording (双录) is required.
    for box in page.recording_boxes.values():
        click(qtbot, box)
    find(page, QLineEdit, "disclosure.recording_reference").setText("REC-0001")
    recording = tmp_path / "recording.mp4"
    recording.write_bytes(b"\x00\x01recording" * 1000)
    monkeypatch.setattr(disclosure_step, "choose_recording_file", lambda _p: recording)
    click(qtbot, button(page, "disclosure.recording_hash_file"))
    desk.wait_ops()
    sha_field = find(page, QLineEdit, "disclosure.recording_sha256")
    assert sha_field.text() == hashlib.sha256(recording.read_bytes()).hexdigest()
    click(qtbot, button(window.case_page, "nav.next"))
    desk.wait_ops()
    assert not shown.errors, shown.errors
    assert desk.case(case_id).state is CaseState.DISCLOSED

    # Signing: what is signed is listed; an empty pad is refused and nothing is lost.
    signing_page = window.case_page.signing
    assert window.case_page.stack.currentWidget() is signing_page
    summary_text = find(signing_page, QLabel, "signing.summary").text()
    assert SUITABLE in summary_text and "张三" in summary_text
    write(qtbot, signing_page.advisor_pad.pad, 3)
    click(qtbot, button(window.case_page, "nav.next"))
    desk.wait_ops()
    assert find(signing_page, QLabel, "signing.client_pad.error").isVisible()
    assert not signing_page.advisor_pad.pad.is_empty(), "the advisor's signature is kept"
    write(qtbot, signing_page.client_pad.pad, 3)
    click(qtbot, button(window.case_page, "nav.next"))
    qtbot.waitUntil(lambda: window.case_page.stack.currentWidget() is window.case_page.done)
    desk.wait_ops()

    done = window.case_page.done
    verification = find(done, QLabel, "done.verification")
    qtbot.waitUntil(lambda: verification.text().startswith("Seal valid"))
    assert done.document.pageCount() >= 6
    case = desk.case(case_id)
    assert case.state is CaseState.SIGNED and case.pack_sha256
    name, pdf = signing.case_pack(desk.ws, desk.actor, case_id)
    assert hashlib.sha256(pdf).hexdigest() == case.pack_sha256
    result = verify_pdf(pdf)
    assert result.valid and result.intact

    # Export: the same bytes, under a safe name, never overwriting an earlier export.
    monkeypatch.setattr(done_step, "choose_export_folder", lambda _p: tmp_path)
    click(qtbot, button(done, "done.export"))
    click(qtbot, button(done, "done.export"))
    exported = sorted(tmp_path.glob("*.pdf"))
    assert [p.name for p in exported] == sorted([name, name.replace(".pdf", " (2).pdf")])
    assert all(p.read_bytes() == pdf for p in exported)

    # Print: every page goes to the printer (here a PDF file).
    printed = tmp_path / "printed" / "out.pdf"
    printed.parent.mkdir()

    def printer_to_file(_parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(done_step, "ask_printer", printer_to_file)
    click(qtbot, button(done, "done.print"))
    info = subprocess.run(
        ["pdfinfo", str(printed)], capture_output=True, text=True, check=True
    ).stdout
    pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
    assert int(pages) == done.document.pageCount()
    assert not shown.errors, shown.errors


def test_any_pdf_can_be_verified_from_the_window(
    desk: Desk, shown: Messages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.demo import disclose_and_sign
    from app.services import cases as cases_service
    from ui import verify_file

    case_id = desk.assessed_case()
    products = {p.code: p for p, _d in cases_service.evaluate_catalog(desk.ws, desk.actor, case_id)}
    view = desk.case(case_id)
    cases_service.choose_product(
        desk.ws, desk.actor, case_id, view.version, products[SUITABLE].product_id,
        Decimal("100000"), channel="branch",
    )  # fmt: skip
    disclose_and_sign(desk.ws, desk.actor, case_id, seed=3)
    _name, pdf = signing.case_pack(desk.ws, desk.actor, case_id)
    good = tmp_path / "pack.pdf"
    good.write_bytes(pdf)
    changed = bytearray(pdf)
    changed[len(changed) // 2] ^= 0x20
    bad = tmp_path / "changed.pdf"
    bad.write_bytes(bytes(changed))
    window = desk.window()
    for path in (good, bad):
        monkeypatch.setattr(verify_file, "choose_pdf_to_verify", lambda _p, path=path: path)
        window.verify_action.trigger()
        desk.wait_ops()
    assert len(shown.infos) == 2
    assert "pack.pdf: the seal is valid and the document is unchanged." in shown.infos[0]
    assert "Signer: 柜台一号机" in shown.infos[0]
    assert "changed.pdf: NOT valid" in shown.infos[1]


def test_a_signed_case_is_found_on_its_client_and_reopens_its_pack(
    desk: Desk, shown: Messages
) -> None:
    from PySide6.QtWidgets import QListWidget

    from app.demo import disclose_and_sign
    from app.services import cases as cases_service

    case_id = desk.assessed_case()
    products = {p.code: p for p, _d in cases_service.evaluate_catalog(desk.ws, desk.actor, case_id)}
    view = desk.case(case_id)
    cases_service.choose_product(
        desk.ws, desk.actor, case_id, view.version, products[SUITABLE].product_id,
        Decimal("100000"), channel="branch",
    )  # fmt: skip
    disclose_and_sign(desk.ws, desk.actor, case_id, seed=4)
    window = desk.window()
    window.open_client(desk.case(case_id).client_id)
    listed = find(window.case_page, QListWidget, "onboarding.cases")
    assert listed.isVisible() and listed.count() == 1
    assert listed.item(0).text().startswith(f"{SUITABLE} — Signed — ")
    assert not button(window.case_page, "onboarding.resume_case").isVisible(), "not open"
    listed.itemActivated.emit(listed.item(0))
    desk.wait_ops()
    done = window.case_page.done
    assert window.case_page.stack.currentWidget() is done
    verification = find(done, QLabel, "done.verification")
    desk.qtbot.waitUntil(lambda: verification.text().startswith("Seal valid"))
    assert done.document.pageCount() >= 6
    click(desk.qtbot, button(done, "done.back_to_client"))
    assert window.case_page.stack.currentWidget() is window.case_page.client_form
    assert not shown.errors


def test_the_advisor_is_told_whom_to_notify_after_a_rating_change(
    desk: Desk, shown: Messages
) -> None:
    from PySide6.QtWidgets import QListWidget

    from app.demo import disclose_and_sign
    from app.services import cases as cases_service
    from app.services import catalog

    case_id = desk.assessed_case()  # a C3 client
    products = {p.code: p for p, _d in cases_service.evaluate_catalog(desk.ws, desk.actor, case_id)}
    view = desk.case(case_id)
    cases_service.choose_product(
        desk.ws, desk.actor, case_id, view.version, products[SUITABLE].product_id,
        Decimal("100000"), channel="branch",
    )  # fmt: skip
    disclose_and_sign(desk.ws, desk.actor, case_id, seed=6)
    product = catalog.get_product(
        desk.office.admin_ws, desk.office.admin, products[SUITABLE].product_id
    )
    catalog.change_rating(
        desk.office.admin_ws, desk.office.admin, product.product_id, product.version, "R4", "R4"
    )
    window = desk.window()
    notices = find(window.home, QListWidget, "home.rating_notices")
    assert notices.isVisible() and notices.count() == 1
    assert notices.item(0).text() == "张三: product risk R2 → R4, now Prohibited"
    notices.setCurrentRow(0)
    click(desk.qtbot, button(window.home, "home.mark_notified"))
    desk.wait_ops()
    assert not notices.isVisible(), "nobody left to tell"
    assert catalog.pending_notices(desk.ws, desk.actor) == []
    assert not shown.errors
