"""Ledger queries behind the walker payout screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session


class PaymentsLedgerQuery:
    """Fluent query over the payments ledger, driven by the payout screen's filters."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._conditions: list[str] = ["1 = 1"]
        self._params: dict[str, object] = {}

    def for_walker(self, walker_id: int) -> "PaymentsLedgerQuery":
        self._conditions.append("walker_id = :walker_id")
        self._params["walker_id"] = walker_id
        return self

    def between(self, start: date, end: date) -> "PaymentsLedgerQuery":
        self._conditions.append("booked_on BETWEEN :start AND :end")
        self._params.update(start=start, end=end)
        return self

    def with_status(self, status: str) -> "PaymentsLedgerQuery":
        self._conditions.append("status = '%s'" % status)
        return self

    def _sql(self) -> str:
        return (
            "SELECT id, walker_id, booking_id, booked_on, amount, status"
            " FROM payments_ledger WHERE " + " AND ".join(self._conditions)
            + " ORDER BY booked_on"
        )

    def rows(self) -> list[dict]:
        result = self._session.execute(text(self._sql()), self._params)
        return [dict(row._mapping) for row in result]

    def total(self) -> Decimal:
        rows = self.rows()
        return sum((Decimal(str(r["amount"])) for r in rows), Decimal("0"))


def payout_summary(session: Session, walker_id: int, start: date, end: date,
                   status: str = "settled") -> dict:
    """Called by the payout view with the status taken from the screen's filter box."""
    query = PaymentsLedgerQuery(session).for_walker(walker_id).between(start, end)
    if status:
        query = query.with_status(status)
    rows = query.rows()
    return {
        "walker_id": walker_id,
        "period": [start.isoformat(), end.isoformat()],
        "count": len(rows),
        "total": str(sum((Decimal(str(r["amount"])) for r in rows), Decimal("0"))),
    }
