"""The figures of :mod:`tests.kpi_world` for March 2026, computed by hand."""

from __future__ import annotations

from decimal import Decimal

from app.domain.kpis import Figure

D = Decimal
# March 2026, by hand: (numerator, denominator, counted case/client labels).
EXPECTED_MARCH: dict[str | None, dict[Figure, tuple[Decimal, Decimal, set[str]]]] = {
    "A": {
        Figure.SALES_VS_TARGET: (D("215000.00"), D("300000.00"), {"a1", "a2", "a5", "a8"}),
        Figure.CONVERSION: (D(4), D(5), {"a1", "a2", "a3", "a5"}),
        # Matched in March (a7 was matched in February, and is returned): a1–a5, a8.
        Figure.MISMATCH_RATE: (D(1), D(6), {"a2"}),
        Figure.OVERRIDE_RATE: (D(1), D(1), {"a2"}),  # the one mismatch, signed
        Figure.ELDERLY_CARE_SHARE: (D(2), D(5), {"a2", "a5"}),  # a7 returned: out
        Figure.ASSESSMENTS_EXPIRING: (D(2), D(7), {"cA1", "cA6"}),
        Figure.COMPLAINTS_PER_1000: (D(3), D(7), {"k1", "k2", "k6"}),
        Figure.COMPLAINTS_DECIDED_IN_TIME: (D(2), D(3), {"k1", "k6"}),
        Figure.MEAN_SATISFACTION: (D(10), D(3), {"s1", "s2", "s4"}),
        Figure.VISITS_ON_TIME: (D(2), D(4), {"a1", "a2"}),
    },
    "B": {
        Figure.SALES_VS_TARGET: (D("210000.00"), D(0), {"b1", "b7"}),
        Figure.CONVERSION: (D(4), D(6), {"b1", "b4", "b6", "b7"}),
        # Matched in March: b1, b4, b6 (signed in April), b7.
        Figure.MISMATCH_RATE: (D(1), D(4), {"b1"}),
        Figure.OVERRIDE_RATE: (D(1), D(1), {"b1"}),
        Figure.ELDERLY_CARE_SHARE: (D(1), D(3), {"b7"}),
        Figure.ASSESSMENTS_EXPIRING: (D(1), D(2), {"cB1"}),
        Figure.COMPLAINTS_PER_1000: (D(2), D(2), {"k4", "k10"}),
        Figure.COMPLAINTS_DECIDED_IN_TIME: (D(0), D(0), set()),
        Figure.MEAN_SATISFACTION: (D(4), D(1), {"s7"}),
        Figure.VISITS_ON_TIME: (D(1), D(1), {"b1"}),
    },
    "D": {figure: (D(0), D(0), set()) for figure in Figure},
    None: {
        Figure.SALES_VS_TARGET: (
            D("425000.00"),
            D("300000.00"),
            {"a1", "a2", "a5", "a8", "b1", "b7"},
        ),
        Figure.CONVERSION: (D(8), D(11), {"a1", "a2", "a3", "a5", "b1", "b4", "b6", "b7"}),
        Figure.MISMATCH_RATE: (D(2), D(10), {"a2", "b1"}),
        Figure.OVERRIDE_RATE: (D(2), D(2), {"a2", "b1"}),
        Figure.ELDERLY_CARE_SHARE: (D(3), D(8), {"a2", "a5", "b7"}),
        Figure.ASSESSMENTS_EXPIRING: (D(3), D(9), {"cA1", "cA6", "cB1"}),
        # The branch holds every complaint of the branch: also k3, about nobody.
        Figure.COMPLAINTS_PER_1000: (D(6), D(9), {"k1", "k2", "k3", "k4", "k6", "k10"}),
        Figure.COMPLAINTS_DECIDED_IN_TIME: (D(3), D(4), {"k1", "k3", "k6"}),
        Figure.MEAN_SATISFACTION: (D(18), D(5), {"s1", "s2", "s4", "s5", "s7"}),
        Figure.VISITS_ON_TIME: (D(3), D(5), {"a1", "a2", "b1"}),
    },
}
# The base (denominator records) of the March case figures, by hand.
# Signed in March, returned ones left out (a7: its new version a8 counts instead).
SIGNED_IN_MARCH = {"A": {"a1", "a2", "a3", "a5", "a8"}, "B": {"b1", "b4", "b7"}}
MATCHED_IN_MARCH = {"A": {"a1", "a2", "a3", "a4", "a5", "a8"}, "B": {"b1", "b4", "b6", "b7"}}
STARTED_IN_MARCH = {"A": {"a1", "a2", "a3", "a4", "a5"}, "B": {"b1", "b2", "b3", "b4", "b6", "b7"}}
VISITS_DUE_IN_MARCH = {"A": {"a1", "a2", "a5", "a6"}, "B": {"b1"}}
DECIDED_IN_MARCH = {"A": {"k1", "k2", "k6"}, "B": set(), None: {"k1", "k2", "k3", "k6"}}
