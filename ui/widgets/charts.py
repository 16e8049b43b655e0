"""Charts behind a small adapter: the rest of the UI never touches QtCharts.

:class:`BarChart` draws one value per category (and optionally a reference value per
category, e.g. the target beside the sales) and says which category was clicked. Swapping
QtCharts for another library means rewriting this module only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

VALUE_COLOR = QColor("#1f6fb2")
REFERENCE_COLOR = QColor("#b0b7bf")
LABEL_COLOR = QColor("#202020")  # the theme's white labels vanish outside the bars


class BarChart(QWidget):
    """A bar chart of ``values`` per category; ``clicked(index)`` names the category."""

    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = QChart()
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.legend().setVisible(False)
        self._chart.setBackgroundRoundness(0)
        self._view = QChartView(self._chart, self)
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._view)
        # The axes live as long as the chart (recreating them leaves stale drawings until
        # their deferred deletion); each new series attaches to them.
        self._axis_x = QBarCategoryAxis(self._chart)
        self._axis_y = QValueAxis(self._chart)
        self._chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
        self._series: QBarSeries | None = None
        self._categories: list[str] = []
        self._values: list[float] = []
        self._apply_fonts()

    # -- the adapter's API ---------------------------------------------------------------
    def set_series(
        self,
        categories: Sequence[str],
        values: Sequence[float],
        title: str,
        *,
        unit: str = "",
        value_name: str = "",
        reference: Sequence[float] | None = None,
        reference_name: str = "",
        decimals: int = 1,
    ) -> None:
        """Show ``values`` (one per category) under ``title``; ``unit`` labels the value axis.

        ``reference`` adds a second, grey bar per category (a target, a limit) and a legend
        naming both (``value_name``, ``reference_name``). Labels show ``decimals`` places.
        """
        if len(values) != len(categories) or (
            reference is not None and len(reference) != len(categories)
        ):
            raise ValueError("one value (and reference) per category")
        self.clear()
        self._categories = list(categories)
        self._values = [round(float(v), decimals) for v in values]
        series = QBarSeries(self._chart)
        main = QBarSet(value_name or title, series)
        main.append(self._values)
        main.setColor(VALUE_COLOR)
        main.setLabelColor(LABEL_COLOR)
        main.clicked.connect(self.clicked.emit)
        series.append(main)
        top = max(self._values, default=0.0)
        if reference is not None:
            shown = [round(float(v), decimals) for v in reference]
            other = QBarSet(reference_name, series)
            other.append(shown)
            other.setColor(REFERENCE_COLOR)
            other.setLabelColor(LABEL_COLOR)
            other.clicked.connect(self.clicked.emit)
            series.append(other)
            top = max([top, *shown])
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsPrecision(max(1, len(f"{int(top):d}") + decimals))
        self._chart.addSeries(series)
        self._series = series
        self._axis_x.append(self._categories)
        self._axis_y.setRange(0, top * 1.15 if top > 0 else 1)
        self._axis_y.applyNiceNumbers()
        self._axis_y.setLabelFormat(f"%.{decimals if top < 10 else 0}f")
        self._axis_y.setTitleText(unit)
        series.attachAxis(self._axis_x)
        series.attachAxis(self._axis_y)
        self._chart.setTitle(title)
        self._chart.legend().setVisible(reference is not None)
        self._apply_fonts()
        # The data as text for screen readers (the table beside it has the same figures).
        self.setAccessibleDescription(
            "; ".join(f"{c}: {v:g}" for c, v in zip(self._categories, self._values, strict=True))
        )

    def clear(self) -> None:
        self._chart.removeAllSeries()
        self._axis_x.clear()
        self._axis_y.setTitleText("")
        self._series = None
        self._categories = []
        self._values = []
        self._chart.setTitle("")

    def categories(self) -> list[str]:
        return list(self._categories)

    def values(self) -> list[float]:
        return list(self._values)

    def title(self) -> str:
        return self._chart.title()

    def bar_center(self, index: int) -> QPoint:
        """Where the bar of category ``index`` is, in the viewport's coordinates."""
        if self._series is None or not 0 <= index < len(self._values):
            raise IndexError(index)
        sets = self._series.barSets()
        # With a reference set, the value bar sits in the left half of the category slot.
        x = index - (0.2 if len(sets) > 1 else 0.0)
        scene = self._chart.mapToPosition(QPointF(x, self._values[index] / 2), self._series)
        return self._view.mapFromScene(self._chart.mapToScene(scene))

    def viewport(self) -> QWidget:
        return self._view.viewport()

    # -- look ----------------------------------------------------------------------------
    def _apply_fonts(self) -> None:
        # The widget's font (the application's, with its CJK fallback) everywhere, so
        # Chinese names render like the rest of the window.
        base = QFont(self.font())
        title = QFont(base)
        title.setBold(True)
        title.setPointSizeF(base.pointSizeF() * 1.15)
        self._chart.setTitleFont(title)
        self._chart.legend().setFont(base)
        for axis in self._chart.axes():
            axis.setLabelsFont(base)
            axis.setTitleFont(base)
        if self._series is not None:
            for bar_set in self._series.barSets():
                bar_set.setLabelFont(base)
