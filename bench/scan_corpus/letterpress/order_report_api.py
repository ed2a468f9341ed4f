"""Reporting endpoint for the front desk: wedding orders by status, due date and balance."""
from datetime import date
from typing import Optional

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .auth import require_staff
from .db import get_session

router = APIRouter(prefix="/reports", tags=["reports"], dependencies=[Depends(require_staff)])

BASE_QUERY = """
    SELECT o.id, o.reference, c.partner_names, o.status, o.event_date,
           o.total_pence, o.paid_pence, (o.total_pence - o.paid_pence) AS balance_pence
    FROM orders o
    JOIN clients c ON c.id = o.client_id
    WHERE o.event_date BETWEEN :start AND :end
"""


def _build_sql(status: Optional[str], sort: str, direction: str) -> str:
    sql = BASE_QUERY
    if status:
        sql += " AND o.status = :status"
    return sql + f" ORDER BY {sort} {direction} LIMIT :limit OFFSET :offset"


@router.get("/orders")
def orders_report(
    start: date,
    end: date,
    status: Optional[str] = None,
    sort: str = Query("o.event_date"),
    direction: str = Query("asc", pattern="^(asc|desc)$"),
    limit: int = Query(50, le=500),
    offset: int = 0,
    db: Session = Depends(get_session),
):
    params = {"start": start, "end": end, "status": status, "limit": limit, "offset": offset}
    rows = db.execute(text(_build_sql(status, sort, direction)), params).mappings().all()
    outstanding = sum(r["balance_pence"] for r in rows)
    return {
        "count": len(rows),
        "outstanding_pence": outstanding,
        "orders": [dict(r) for r in rows],
    }
