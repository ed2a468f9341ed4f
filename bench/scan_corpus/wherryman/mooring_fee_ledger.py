"""Ledger queries for mooring fees charged by the harbour authority.

Overnight, seasonal and winter-lay-up fees are booked into separate
ledger tables because the authority invoices each on its own cycle.
"""
from datetime import date
from enum import Enum

from sqlalchemy import text
from sqlalchemy.orm import Session


class FeeKind(str, Enum):
    OVERNIGHT = "overnight"
    SEASONAL = "seasonal"
    LAY_UP = "lay_up"


LEDGER_TABLES = {
    FeeKind.OVERNIGHT: "mooring_fees_overnight",
    FeeKind.SEASONAL: "mooring_fees_seasonal",
    FeeKind.LAY_UP: "mooring_fees_lay_up",
}


def fees_due(session: Session, kind: str, vessel_id: int, since: date) -> list:
    table = LEDGER_TABLES[FeeKind(kind)]
    stmt = text("SELECT berth, charged_on, amount_pence, invoice_no FROM " + table + " WHERE vessel_id = :vessel AND charged_on >= :since AND paid_on IS NULL ORDER BY charged_on")
    rows = session.execute(stmt, {"vessel": vessel_id, "since": since}).mappings().all()
    return [dict(r) for r in rows]


def total_outstanding(session: Session, vessel_id: int) -> int:
    total = 0
    for table in LEDGER_TABLES.values():
        stmt = text(f"SELECT COALESCE(SUM(amount_pence), 0) FROM {table} WHERE vessel_id = :vessel AND paid_on IS NULL")
        total += session.execute(stmt, {"vessel": vessel_id}).scalar_one()
    return total


def mark_paid(session: Session, kind: str, invoice_no: str, paid_on: date) -> int:
    table = LEDGER_TABLES[FeeKind(kind)]
    result = session.execute(
        text("UPDATE " + table + " SET paid_on = :paid WHERE invoice_no = :invoice"),
        {"paid": paid_on, "invoice": invoice_no},
    )
    return result.rowcount
