"""Monthly payout summaries for owners, used by the statements job and the dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from fastapi import Depends, FastAPI, Query
from sqlalchemy import bindparam, create_engine, text

from .auth import current_owner

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)

SUMMARY_SQL = text(
    """
    SELECT h.name AS hut,
           count(*) AS bookings,
           sum(p.gross_pence) AS gross_pence,
           sum(p.commission_pence) AS commission_pence,
           sum(p.net_pence) AS net_pence
    FROM owner_payouts p
    JOIN bookings b ON b.id = p.booking_id
    JOIN huts h ON h.id = b.hut_id
    WHERE h.owner_id = :owner_id
      AND b.departure >= :month_start AND b.departure < :month_end
      AND p.status IN :statuses
    GROUP BY h.name
    ORDER BY h.name
    """
).bindparams(bindparam("statuses", expanding=True))


@dataclass
class MonthRange:
    start: date
    end: date

    @classmethod
    def of(cls, year: int, month: int) -> "MonthRange":
        start = date(year, month, 1)
        end = date(year + (month == 12), month % 12 + 1, 1)
        return cls(start, end)


def monthly_summary(owner_id: int, month: MonthRange, statuses: list[str]) -> list[dict]:
    with engine.connect() as conn:
        result = conn.execute(
            SUMMARY_SQL,
            {"owner_id": owner_id, "month_start": month.start, "month_end": month.end, "statuses": statuses},
        )
        return [dict(r) for r in result.mappings()]


@app.get("/owner/payouts/summary")
def payout_summary(
    year: int = Query(..., ge=2015, le=2100),
    month: int = Query(..., ge=1, le=12),
    status: list[str] = Query(["pending", "paid"]),
    owner=Depends(current_owner),
):
    rows = monthly_summary(owner.id, MonthRange.of(year, month), status)
    return {"huts": rows, "net_total_pence": sum(r["net_pence"] or 0 for r in rows)}
