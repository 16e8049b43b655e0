"""The matching decision of a case, as stored: product, amount, outcome, reasons, needs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.money import format_money
from app.services.cases import CaseView, MatchView
from ui import labels
from ui.i18n import translate


class MatchSummary(QWidget):
    back_to_client = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matching.summary")
        self.heading = QLabel()
        self.heading.setObjectName("matching.summary_heading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.body = QLabel()
        self.body.setObjectName("matching.summary_text")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        back = QPushButton(translate("MatchSummary", "Back to the client"))
        back.setObjectName("matching.back_to_client")
        back.clicked.connect(self.back_to_client)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        column.addLayout(row)
        column.addStretch(1)

    def show_match(self, case: CaseView, match: MatchView | None) -> None:
        self.heading.setText(
            translate("MatchSummary", "{name}: {state}").format(
                name=case.client_name, state=labels.state_label(case.state.value)
            )
        )
        if match is None:
            self.body.setText(translate("MatchSummary", "This case has no matching decision."))
            return
        decision = match.decision
        lines = [
            translate("MatchSummary", "Product: {code}").format(code=match.product_code),
            translate("MatchSummary", "Amount: {amount} yuan").format(
                amount=format_money(case.amount) if case.amount is not None else "—"
            ),
            translate("MatchSummary", "Outcome: {outcome} (product risk {risk})").format(
                outcome=labels.outcome_label(match.outcome), risk=decision["effective_risk"]
            ),
            translate("MatchSummary", "Matched at {time}").format(
                time=match.matched_at.astimezone().strftime("%Y-%m-%d %H:%M")
            ),
        ]
        if match.own_initiative:
            lines.append(
                translate(
                    "MatchSummary",
                    "Recorded: the client asked for this product on their own initiative.",
                )
            )
        for reason in decision["reasons"]:
            lines.append("• " + reason["message"])
        if decision["requires"]:
            lines.append(translate("MatchSummary", "Before signing, the sale requires:"))
            lines += ["• " + labels.requirement_label(code) for code in decision["requires"]]
        lines.append(
            translate(
                "MatchSummary",
                "The decision and the facts it was made on are stored and can no longer change.",
            )
        )
        self.body.setText("\n".join(lines))
