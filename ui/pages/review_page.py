"""The supervisor's review queue and, stacked over it, the case being reviewed.

The queue is read a page at a time in the background. Every filter change or search
(after a short pause in typing) starts a new query; an answer to an older query is
dropped, so what is shown always matches the filters on screen.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.case_flow import CaseState
from app.domain.review import ALL_FLAGS, COSIGN_FLAGS, Flag
from app.errors import UserError
from app.services import review
from app.services.context import Actor, Workspace
from app.services.review import ANY_FLAG, COUNT_CAP, PAGE_SIZE, AdvisorChoice, QueuePage, QueueQuery
from ui import labels, messages
from ui.i18n import translate
from ui.models.review_queue_model import FLAGS, ReviewQueueModel, badge_text
from ui.operations import run_op
from ui.pages.review_detail import ReviewDetail

SEARCH_DELAY_MS = 300
_COSIGN_BADGE = (QColor("#fde7e4"), QColor("#8c1d18"))
_OTHER_BADGE = (QColor("#fff3c4"), QColor("#5f4b00"))


class FlagBadgeDelegate(QStyledItemDelegate):
    """Draws a row's flags as small coloured badges (co-sign flags in red)."""

    PAD, GAP = 5, 4

    def _badges(self, index: QModelIndex | QPersistentModelIndex) -> Iterable[Flag]:
        flags = index.data(ReviewQueueModel.FLAGS_ROLE)
        return flags if isinstance(flags, tuple) else ()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the badges replace the text
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        rect: QRect = option.rect
        x = rect.left() + self.GAP
        height = metrics.height() + 4
        top = rect.top() + (rect.height() - height) // 2
        for flag in self._badges(index):
            text = badge_text(flag)
            width = metrics.horizontalAdvance(text) + 2 * self.PAD
            background, foreground = _COSIGN_BADGE if flag & COSIGN_FLAGS else _OTHER_BADGE
            badge = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(badge, 6, 6)
            painter.setPen(foreground)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            x += width + self.GAP
        painter.restore()

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        width = sum(
            metrics.horizontalAdvance(badge_text(f)) + 2 * self.PAD + self.GAP
            for f in self._badges(index)
        )
        return QSize(max(width + self.GAP, 40), metrics.height() + 10)


class ReviewPage(QWidget):
    """The review queue (``review.*``) with the case detail stacked over it."""

    case_did_decide = Signal(str)  # a case was co-signed or decided: queues, home, KPIs change

    def __init__(self, ws: Workspace, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review.page")
        self.ws, self.actor = ws, actor
        self._offset = 0
        self._generation = 0  # bumped per query: older answers are dropped
        self.model = ReviewQueueModel(self)
        self.stack = QStackedWidget(self)
        self.queue = QWidget(self.stack)
        self.detail = ReviewDetail(ws, actor, self.stack)
        self._build_queue()
        self.stack.addWidget(self.queue)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.detail.back_requested.connect(self.show_queue)
        self.detail.case_did_decide.connect(self._case_decided)

    def _combo(self, field: str, label: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self.queue)
        combo.setObjectName(f"review.{field}")
        combo.setAccessibleName(label)
        for text, value in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _build_queue(self) -> None:
        title = QLabel(translate("ReviewPage", "Review queue"), self.queue)
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.state_box = self._combo(
            "state",
            translate("ReviewPage", "Queue"),
            [
                (translate("ReviewPage", "Waiting for review"), CaseState.SUBMITTED.value),
                (translate("ReviewPage", "Approved"), CaseState.APPROVED.value),
                (translate("ReviewPage", "Returned"), CaseState.RETURNED.value),
                (translate("ReviewPage", "Rejected"), CaseState.REJECTED.value),
            ],
        )
        self.flag_box = self._combo(
            "flag",
            translate("ReviewPage", "Flag"),
            [
                (translate("ReviewPage", "All cases"), None),
                (translate("ReviewPage", "Any flag"), ANY_FLAG),
            ]
            + [(labels.flag_label(f), int(f)) for f in ALL_FLAGS],
        )
        self.advisor_box = self._combo(
            "advisor",
            translate("ReviewPage", "Advisor"),
            [(translate("ReviewPage", "All advisors"), "")],
        )
        self.outcome_box = self._combo(
            "outcome",
            translate("ReviewPage", "Outcome"),
            [(translate("ReviewPage", "All outcomes"), "")]
            + [(labels.outcome_label(code), code) for code in ("suitable", "warn")],
        )
        # Closed, the box need not fit the long "mismatch" wording; its list still does.
        self.outcome_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.outcome_box.setMinimumContentsLength(14)
        self.order_box = self._combo(
            "order",
            translate("ReviewPage", "Order"),
            [
                (translate("ReviewPage", "Oldest first"), False),
                (translate("ReviewPage", "Newest first"), True),
            ],
        )
        self.search = QLineEdit(self.queue)
        self.search.setObjectName("review.search")
        self.search.setAccessibleName(translate("ReviewPage", "Search the queue"))
        self.search.setPlaceholderText(
            translate("ReviewPage", "Client name, last 4 ID characters, product code or case id")
        )
        self.search.setClearButtonEnabled(True)
        self.open_button = QPushButton(translate("ReviewPage", "Open case"), self.queue)
        self.open_button.setObjectName("review.open")
        self.open_button.setAccessibleName(translate("ReviewPage", "Open the selected case"))
        self.table = QTableView(self.queue)
        self.table.setObjectName("review.table")
        self.table.setAccessibleName(translate("ReviewPage", "Cases in the queue"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FLAGS, FlagBadgeDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.empty = QLabel(self.queue)
        self.empty.setObjectName("review.status")
        self.page_info = QLabel(self.queue)
        self.page_info.setObjectName("review.page_info")
        self.page_info.setAccessibleName(translate("ReviewPage", "Cases shown"))
        self.prev_button = QPushButton(translate("ReviewPage", "‹ Previous"), self.queue)
        self.prev_button.setObjectName("review.prev_page")
        self.prev_button.setAccessibleName(translate("ReviewPage", "Previous page"))
        self.next_button = QPushButton(translate("ReviewPage", "Next ›"), self.queue)
        self.next_button.setObjectName("review.next_page")
        self.next_button.setAccessibleName(translate("ReviewPage", "Next page"))

        filters = QHBoxLayout()
        for caption, combo in (
            (translate("ReviewPage", "Queue:"), self.state_box),
            (translate("ReviewPage", "Flag:"), self.flag_box),
            (translate("ReviewPage", "Advisor:"), self.advisor_box),
            (translate("ReviewPage", "Outcome:"), self.outcome_box),
            (translate("ReviewPage", "Order:"), self.order_box),
        ):
            label = QLabel(caption, self.queue)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.open_button)
        pages = QHBoxLayout()
        pages.addWidget(self.empty, 1)
        pages.addWidget(self.page_info)
        pages.addWidget(self.prev_button)
        pages.addWidget(self.next_button)
        column = QVBoxLayout(self.queue)
        column.addWidget(title)
        column.addLayout(filters)
        column.addLayout(search_row)
        column.addWidget(self.table, 1)
        column.addLayout(pages)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._filters_changed)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.prev_button.clicked.connect(lambda: self._go(-PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self._go(PAGE_SIZE))
        order = [
            self.state_box,
            self.flag_box,
            self.advisor_box,
            self.outcome_box,
            self.order_box,
            self.search,
            self.open_button,
            self.table,
            self.prev_button,
            self.next_button,
        ]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._show_paging()

    # -- public ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reread the advisors, the queue and (if one is open) the case."""
        ws, actor = self.ws, self.actor
        run_op(self, lambda: review.branch_advisors(ws, actor), self._show_advisors)
        self.reload_queue()
        if self.stack.currentWidget() is self.detail:
            self.detail.reload()

    def open_case(self, case_id: str) -> None:
        """Show one case's record and decisions (from the queue, or a KPI drill-down)."""
        self.detail.load(case_id)
        self.stack.setCurrentWidget(self.detail)
        self.detail.back_button.setFocus()

    def show_queue(self) -> None:
        self.stack.setCurrentWidget(self.queue)
        self.reload_queue()
        self.table.setFocus()

    def clear(self) -> None:
        """Forget every row and the open case (the app is locking)."""
        self._generation += 1
        self.model.clear()
        self.detail.clear()
        self.stack.setCurrentWidget(self.queue)
        self._show_paging()

    def current_query(self) -> QueueQuery:
        flag = self.flag_box.currentData()
        return QueueQuery(
            state=CaseState(self.state_box.currentData()),
            flag=int(flag) if flag is not None else None,
            advisor_id=self.advisor_box.currentData() or None,
            outcome=self.outcome_box.currentData() or None,
            search=self.search.text().strip(),
            newest_first=bool(self.order_box.currentData()),
            offset=self._offset,
            limit=PAGE_SIZE,
        )

    def reload_queue(self) -> None:
        """Query the current page again; only the newest query's answer is shown."""
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        query = self.current_query()
        ws, actor = self.ws, self.actor
        run_op(
            self,
            lambda: review.review_queue(ws, actor, query),
            lambda page: self._show_page(generation, query, page),
            lambda error: self._failed(generation, error),
        )

    # -- queue -----------------------------------------------------------------------------
    def _filters_changed(self) -> None:
        self._offset = 0
        self.reload_queue()

    def _go(self, step: int) -> None:
        self._offset = max(0, self._offset + step)
        self.reload_queue()

    def _show_page(self, generation: int, query: QueueQuery, page: QueuePage) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile
        if not page.rows and query.offset > 0 and page.total:
            # The page emptied (cases were decided): show the last page that has rows.
            last_page = (page.total - 1) // PAGE_SIZE * PAGE_SIZE
            # Past the end of a capped count: the page before is the last that has rows.
            self._offset = query.offset - PAGE_SIZE if page.capped else last_page
            self.reload_queue()
            return
        selected = self._selected_case()
        self.model.show_page(page, query.offset)
        self._offset = query.offset
        self._show_paging()
        row = next(
            (r for r in range(self.model.rowCount()) if self.model.case_id(r) == selected), 0
        )
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _failed(self, generation: int, error: UserError) -> None:
        if generation == self._generation:
            self.model.clear()
            self._show_paging()
            messages.show_error(self, error.message)

    def _show_paging(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        first = self.model.offset + 1
        last = self.model.offset + shown
        if shown:
            total_text = (
                translate("ReviewPage", "{n}+").format(n=f"{COUNT_CAP:,}")
                if self.model.capped
                else f"{total:,}"
            )
            self.page_info.setText(
                translate("ReviewPage", "{first}–{last} of {total}").format(
                    first=f"{first:,}", last=f"{last:,}", total=total_text
                )
            )
            self.empty.clear()
        else:
            self.page_info.setText(translate("ReviewPage", "0 of 0"))
            self.empty.setText(
                translate("ReviewPage", "No case matches these filters.")
                if self.search.text().strip() or self.flag_box.currentIndex() > 0
                else translate("ReviewPage", "No cases in this queue.")
            )
        self.prev_button.setEnabled(self.model.offset > 0)
        self.next_button.setEnabled(last < total or (self.model.capped and shown > 0))
        self.open_button.setEnabled(shown > 0)

    def _show_advisors(self, advisors: list[AdvisorChoice]) -> None:
        current = self.advisor_box.currentData()
        with QSignalBlocker(self.advisor_box):
            self.advisor_box.clear()
            self.advisor_box.addItem(translate("ReviewPage", "All advisors"), "")
            for advisor in advisors:
                self.advisor_box.addItem(advisor.display_name, advisor.user_id)
            index = self.advisor_box.findData(current)
            self.advisor_box.setCurrentIndex(max(index, 0))
        if current and index < 0:
            self._filters_changed()  # the chosen advisor is gone: the filter changed

    def _selected_case(self) -> str:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else ""

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        case_id = self.model.case_id(index.row())
        if self.stack.currentWidget() is self.detail and self.detail.case_id == case_id:
            return  # a double-click also activates: open once
        self.open_case(case_id)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        self._open_index(index)

    def _case_decided(self, case_id: str) -> None:
        self.reload_queue()
        self.case_did_decide.emit(case_id)
