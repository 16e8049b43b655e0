"""The supervisor's review page: the queue, a case's record, and the decisions on it.

Cases are made and submitted through the services (fast); the page is then driven as a
supervisor would: filters, search, Enter and double-click, the pad, the buttons.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.case_flow import CaseState
from app.domain.review import Decision, Flag
from app.domain.roles import Role
from app.services import cases, review, review_decisions, review_record
from app.services.context import Actor, Workspace
from app.services.review import QueuePage, QueueQuery, QueueRow
from tests.conftest import Office
from tests.gui.conftest import Messages, find
from tests.gui.test_signing_flow import write
from tests.unit.test_case_services import Desk, import_demo_catalog
from tests.unit.test_disclosure_service import SUITABLE, WARN, disclose
from tests.unit.test_review_service import submitted
from tests.unit.test_signing_service import sign
from ui.models.review_queue_model import FLAGS, ReviewQueueModel
from ui.pages.review_page import ReviewPage

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("fast_kdf")]


@dataclass
class Branch:
    """An advisor who submits cases and the supervisor who reviews them, at one desk."""

    desk: Desk
    supervisor: Actor
    qtbot: QtBot
    wait_ops: Callable[[], None]

    @property
    def ws(self) -> Workspace:
        return self.desk.ws

    def case(self, code: str = SUITABLE, **kw: Any) -> str:
        if code == WARN:
            kw.setdefault("own_initiative", True)
        return submitted(self.desk, code, "50000", **kw)

    def page(self) -> ReviewPage:
        page = ReviewPage(self.ws, self.supervisor)
        self.qtbot.addWidget(page)
        page.resize(1280, 900)
        page.show()
        page.refresh()
        self.wait_ops()
        return page

    def record(self, case_id: str) -> review_record.CaseRecord:
        return review_record.case_record(self.ws, self.supervisor, case_id)


@pytest.fixture
def branch(
    office: Office,
    advisor: tuple[Workspace, Actor],
    qtbot: QtBot,
    wait_ops: Callable[[], None],
    shown: Messages,
) -> Iterator[Branch]:
    ws, actor = advisor
    office.add_user("zhou.sv", Role.SUPERVISOR)
    yield Branch(
        Desk(ws, actor, import_demo_catalog(office)), office.actor("zhou.sv"), qtbot, wait_ops
    )
    wait_ops()  # nothing may run on after the test: the database closes
    assert not shown.errors, shown.errors


def shown_cases(page: ReviewPage) -> list[str]:
    return [page.model.case_id(row) for row in range(page.model.rowCount())]


def button(page: QWidget, name: str) -> QPushButton:
    return find(page, QPushButton, name)


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{combo.objectName()} has no {value!r}"
    combo.setCurrentIndex(index)


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def comment_error(page: ReviewPage) -> QLabel:
    return find(page, QLabel, "review.comment.error")


# -- the model --------------------------------------------------------------------------


def test_the_queue_model_holds_one_page(branch: Branch, qtmodeltester: Any) -> None:
    plain, flagged = branch.case(name="张三"), branch.case(WARN, name="李四")
    page = review.review_queue(branch.ws, branch.supervisor, QueueQuery())
    model = ReviewQueueModel()
    model.show_page(page, 0)
    qtmodeltester.check(model)
    assert [model.case_id(r) for r in range(model.rowCount())] == [plain, flagged]
    assert model.index(1, FLAGS).data() == "⚠ Warn outcome"
    assert model.index(1, FLAGS).data(ReviewQueueModel.FLAGS_ROLE) == (Flag.WARN,)
    assert model.index(0, FLAGS).data() == ""
    assert model.index(1, 1).data() == "李四"
    assert model.index(1, 5).data() == "50,000.00"
    assert model.index(0, 0).data(ReviewQueueModel.CASE_ID_ROLE) == plain
    model.show_page(QueuePage([], 0, False), 0)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# -- the queue --------------------------------------------------------------------------


def test_the_supervisor_filters_searches_and_opens_a_case(branch: Branch) -> None:
    zhang, li, warned = (
        branch.case(name="张三"),
        branch.case(name="李四"),
        branch.case(WARN, name="孙八"),
    )
    page = branch.page()
    assert shown_cases(page) == [zhang, li, warned]
    assert find(page, QLabel, "review.page_info").text() == "1–3 of 3"

    choose(find(page, QComboBox, "review.flag"), int(Flag.WARN))
    branch.wait_ops()
    assert shown_cases(page) == [warned]
    choose(find(page, QComboBox, "review.flag"), None)
    choose(find(page, QComboBox, "review.order"), True)
    branch.wait_ops()
    assert shown_cases(page) == [warned, li, zhang]

    find(page, QLineEdit, "review.search").setText("李")
    branch.qtbot.waitUntil(lambda: shown_cases(page) == [li])
    find(page, QLineEdit, "review.search").setText(WARN.lower())
    branch.qtbot.waitUntil(lambda: shown_cases(page) == [warned])

    # Enter on the selected row opens it; Back returns to the queue; so does a double-click.
    table = page.table
    table.setFocus()
    branch.qtbot.keyClick(table, Qt.Key.Key_Return)
    branch.wait_ops()
    assert page.stack.currentWidget() is page.detail
    assert page.detail.record is not None and page.detail.record.case_id == warned
    assert "孙八" in find(page, QLabel, "review.heading").text()
    click(branch.qtbot, button(page, "review.back"))
    branch.wait_ops()
    assert page.stack.currentWidget() is page.queue
    spot = table.visualRect(page.model.index(0, 1)).center()
    # A real double-click starts with a press: QTest's double-click event alone has none.
    branch.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    branch.qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    branch.wait_ops()
    assert page.stack.currentWidget() is page.detail
    assert page.detail.case_id == warned


@pytest.fixture
def two_workers() -> Iterator[None]:
    """At least two pool threads: a held-up query must not hold up the next one."""
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, threads))
    yield
    pool.setMaxThreadCount(threads)


@pytest.mark.usefixtures("two_workers")
def test_search_waits_for_a_pause_in_typing_and_drops_stale_answers(
    branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    zhang, li = branch.case(name="张三"), branch.case(name="李四")
    page = branch.page()
    asked: list[str] = []
    release = threading.Event()
    real = review.review_queue

    def slow_for_zhang(ws: Workspace, actor: Actor, query: QueueQuery) -> QueuePage:
        asked.append(query.search)
        if query.search == "张":
            release.wait(10)  # the older query answers last
        return real(ws, actor, query)

    monkeypatch.setattr(review, "review_queue", slow_for_zhang)
    search = find(page, QLineEdit, "review.search")
    for typed in ("张", "张三"):
        search.setText(typed)
    assert asked == [], "typing never waits for the database"
    branch.qtbot.waitUntil(lambda: asked == ["张三"])
    branch.wait_ops()
    assert shown_cases(page) == [zhang]

    search.setText("张")
    search.returnPressed.emit()  # Enter searches at once
    branch.qtbot.waitUntil(lambda: asked[-1] == "张")
    search.setText("李四")
    search.returnPressed.emit()
    branch.qtbot.waitUntil(lambda: shown_cases(page) == [li])
    release.set()
    branch.wait_ops()
    assert shown_cases(page) == [li], "the late answer to '张' was dropped"


def test_pages_of_fifty_with_a_capped_count(
    branch: Branch, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[QueueQuery] = []
    at = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)

    def many(_ws: Workspace, _actor: Actor, query: QueueQuery) -> QueuePage:
        asked.append(query)
        rows = [
            QueueRow(
                f"case-{query.offset + i}",
                "张三",
                "110***********1234",
                "li",
                "WM24001",
                "稳享",
                Decimal("1000"),
                "suitable",
                (),
                at,
                CaseState.SUBMITTED,
            )
            for i in range(query.limit)
        ]
        return QueuePage(rows, 10_000, True)

    monkeypatch.setattr(review, "review_queue", many)
    page = branch.page()
    info = find(page, QLabel, "review.page_info")
    assert info.text() == "1–50 of 10,000+"
    assert not button(page, "review.prev_page").isEnabled()
    click(branch.qtbot, button(page, "review.next_page"))
    branch.wait_ops()
    assert asked[-1].offset == 50 and info.text() == "51–100 of 10,000+"
    assert shown_cases(page)[0] == "case-50" and page.model.rowCount() == 50
    click(branch.qtbot, button(page, "review.prev_page"))
    branch.wait_ops()
    assert asked[-1].offset == 0 and info.text() == "1–50 of 10,000+"


# -- decisions --------------------------------------------------------------------------


def test_the_supervisor_approves_a_suitable_case(branch: Branch, shown: Messages) -> None:
    case_id, other = branch.case(), branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    assert not find(page, QWidget, "review.cosign_area").isVisible()
    assert button(page, "review.approve").isEnabled()
    find(page, QPlainTextEdit, "review.comment").setPlainText("资料齐全")
    with branch.qtbot.waitSignal(page.case_did_decide) as decided:
        click(branch.qtbot, button(page, "review.approve"))
        branch.wait_ops()
    assert decided.args == [case_id]
    assert len(shown.questions) == 1, "a final decision is confirmed first"
    record = branch.record(case_id)
    assert record.state is CaseState.APPROVED
    assert [(r.kind, r.comment) for r in record.reviews] == [(Decision.APPROVE, "资料齐全")]
    assert page.detail.record is not None and page.detail.record.state is CaseState.APPROVED
    for name in ("review.approve", "review.return", "review.reject"):
        assert not button(page, name).isEnabled()
    click(branch.qtbot, button(page, "review.back"))
    branch.wait_ops()
    assert shown_cases(page) == [other], "the decided case left the waiting queue"


def test_returning_needs_a_comment_and_opens_a_new_version(branch: Branch, shown: Messages) -> None:
    case_id = branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    click(branch.qtbot, button(page, "review.return"))
    branch.wait_ops()
    assert comment_error(page).isVisible()
    assert comment_error(page).text() == "Tell the advisor what to correct."
    assert shown.questions == [], "nothing to confirm: the service refused"
    assert branch.record(case_id).state is CaseState.SUBMITTED

    comment = find(page, QPlainTextEdit, "review.comment")
    comment.setPlainText("请补充双录说明")
    assert not comment_error(page).isVisible()
    click(branch.qtbot, button(page, "review.return"))
    branch.wait_ops()
    assert branch.record(case_id).state is CaseState.RETURNED
    assert page.detail.record is not None and page.detail.record.state is CaseState.RETURNED
    returned = review_decisions.returned_cases(branch.ws, branch.desk.actor)
    assert [(r.returned_case_id, r.comment) for r in returned] == [(case_id, "请补充双录说明")]
    new_version = cases.get_case(branch.ws, branch.desk.actor, returned[0].case_id)
    assert new_version.state is CaseState.DRAFT
    assert "Returned" in find(page, QLabel, "review.decision_status").text()

    click(branch.qtbot, button(page, "review.back"))
    branch.wait_ops()
    assert shown_cases(page) == []
    choose(find(page, QComboBox, "review.state"), CaseState.RETURNED.value)
    branch.wait_ops()
    assert shown_cases(page) == [case_id]


def test_rejecting_needs_a_reason(branch: Branch) -> None:
    case_id = branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    click(branch.qtbot, button(page, "review.reject"))
    branch.wait_ops()
    assert comment_error(page).text() == "Give the reason for rejecting the case."
    find(page, QPlainTextEdit, "review.comment").setPlainText("客户信息不一致")
    click(branch.qtbot, button(page, "review.reject"))
    branch.wait_ops()
    record = branch.record(case_id)
    assert record.state is CaseState.REJECTED
    assert record.reviews[-1].comment == "客户信息不一致"
    trail = find(page, QTableWidget, "review.trail")
    actions = [(item.text() if (item := trail.item(r, 2)) else "") for r in range(trail.rowCount())]
    assert actions[-1] == "Rejected"


def test_a_warn_case_is_approved_only_after_the_cosign(branch: Branch) -> None:
    case_id = branch.case(WARN)
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    approve = button(page, "review.approve")
    assert not approve.isEnabled()
    assert "co-sign first" in find(page, QLabel, "review.hint").text()
    assert find(page, QWidget, "review.cosign_area").isVisible()
    comment = find(page, QPlainTextEdit, "review.comment")
    comment.setPlainText("已核实客户主动购买")

    click(branch.qtbot, button(page, "review.cosign"))  # nothing drawn yet
    branch.wait_ops()
    assert find(page, QLabel, "review.cosign_pad.error").isVisible()
    assert not approve.isEnabled()
    assert comment.toPlainText() == "已核实客户主动购买", "nothing typed is lost"

    pad = find(page, QWidget, "review.cosign_pad")
    write(branch.qtbot, pad, 3)
    click(branch.qtbot, button(page, "review.cosign"))
    branch.wait_ops()
    assert approve.isEnabled()
    assert not find(page, QWidget, "review.cosign_area").isVisible()
    assert [r.kind for r in branch.record(case_id).reviews] == [Decision.COSIGN]
    assert comment.toPlainText() == "已核实客户主动购买"

    click(branch.qtbot, approve)
    branch.wait_ops()
    record = branch.record(case_id)
    assert record.state is CaseState.APPROVED
    assert [(r.kind, r.comment) for r in record.reviews] == [
        (Decision.COSIGN, ""),
        (Decision.APPROVE, "已核实客户主动购买"),
    ]


def test_a_case_decided_elsewhere_meanwhile_is_shown_as_it_now_is(
    branch: Branch, shown: Messages
) -> None:
    case_id = branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    review_decisions.approve(branch.ws, branch.supervisor, case_id)  # another desk, say
    find(page, QPlainTextEdit, "review.comment").setPlainText("客户信息不一致")
    click(branch.qtbot, button(page, "review.reject"))
    branch.wait_ops()
    assert shown.errors == ["This case is not waiting for review (it is approved)."]
    shown.errors.clear()
    assert page.detail.record is not None and page.detail.record.state is CaseState.APPROVED
    assert not button(page, "review.reject").isEnabled()
    assert branch.record(case_id).state is CaseState.APPROVED


def test_a_resubmitted_version_names_the_case_it_supersedes(branch: Branch) -> None:
    returned_id = branch.case()
    ws, advisor, supervisor = branch.ws, branch.desk.actor, branch.supervisor
    new_id = review_decisions.return_case(ws, supervisor, returned_id, "请补充双录说明")
    # The advisor redoes the sale on the new version and submits it again.
    view = cases.get_case(ws, advisor, new_id)
    view = cases.confirm_onboarding(ws, advisor, new_id, view.version)
    assessment_id = branch.desk.assess(view.client_id)
    view = cases.use_assessment(ws, advisor, new_id, view.version, assessment_id)
    branch.desk.choose(view, SUITABLE, "50000")
    sign(branch.desk, new_id, disclose(branch.desk, new_id))
    review.submit_case(ws, advisor, new_id, cases.get_case(ws, advisor, new_id).version)

    page = branch.page()
    assert shown_cases(page) == [new_id]
    page.open_selected()
    branch.wait_ops()
    header = find(page, QLabel, "review.header").text()
    assert f"supersedes the returned case {returned_id}" in header


# -- the record -------------------------------------------------------------------------


def test_the_sealed_pdf_previews_and_verifies(branch: Branch) -> None:
    case_id = branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    pack = page.detail.sections.pack
    assert pack.document.status() is QPdfDocument.Status.Ready
    assert pack.document.pageCount() >= 1
    page.detail.sections.setCurrentWidget(pack)  # the "Sealed PDF" tab
    assert find(page, QWidget, "review.pdf").isVisible()
    result = find(page, QLabel, "review.verify_result").text()
    assert result.startswith("Seal valid"), result
    chain = find(page, QLabel, "review.chain_status").text()
    assert chain.startswith("Chain intact"), chain
    record = page.detail.record
    assert record is not None
    shown_texts = [label.text() for label in page.detail.sections.findChildren(QLabel)]
    assert all(d.sha256 in shown_texts for d in record.documents), "each document's hash"
    assert record.pack_sha256 in find(page, QLabel, "review.pack_info").text()


def test_a_broken_audit_chain_is_shown(branch: Branch) -> None:
    case_id = branch.case()
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    status = find(page, QLabel, "review.chain_status")
    assert status.text().startswith("Chain intact")
    # The screen checks what was added since its last check: a later event that someone
    # with the key edits (triggers dropped) is caught. (Settings re-checks from genesis.)
    review_decisions.approve(branch.ws, branch.supervisor, case_id)
    with branch.ws.db.writing() as session:
        session.execute(text("DROP TRIGGER trg_audit_events_no_update"))
        seq = session.scalar(text("SELECT max(seq) FROM audit_events"))
        session.execute(text("UPDATE audit_events SET action = 'x' WHERE seq = :s"), {"s": seq})
    page.open_case(case_id)
    branch.wait_ops()
    assert status.text() == (
        f"Chain BROKEN at event {seq}: the event was changed after it was written"
    )


def test_every_interactive_widget_is_named(branch: Branch) -> None:
    case_id = branch.case(WARN)
    page = branch.page()
    page.open_case(case_id)
    branch.wait_ops()
    for name in (
        "review.state", "review.flag", "review.advisor", "review.outcome", "review.search",
        "review.order", "review.table", "review.prev_page", "review.next_page",
        "review.page_info", "review.open", "review.back", "review.cosign_pad", "review.cosign",
        "review.comment", "review.approve", "review.return", "review.reject", "review.pdf",
        "review.verify_result", "review.chain_status", "review.trail",
    ):  # fmt: skip
        widget = find(page, QWidget, name)
        assert widget.accessibleName(), f"{name} has no accessible name"
    advisors = find(page, QComboBox, "review.advisor")
    assert [advisors.itemText(i) for i in range(advisors.count())] == [
        "All advisors",
        "li.advisor",
    ]
