"""Monthly sales report per distributor, grouped by product family.

Sales managers pick one or more distributor codes in the reporting UI;
the report sums invoiced quantities of test sieves, screen panels and
spare meshes for the selected month.
"""
from datetime import date
from typing import Iterable, List

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session

router = APIRouter(prefix="/reports")


def _month_bounds(year: int, month: int):
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return start, end


def sales_by_family(session: Session, codes: Iterable[str], year: int, month: int) -> List[dict]:
    start, end = _month_bounds(year, month)
    code_list = ", ".join(f"'{c}'" for c in codes)
    stmt = text(
        "SELECT d.code, p.family, SUM(il.quantity) AS qty, SUM(il.net_amount) AS revenue "
        "FROM invoice_lines il "
        "JOIN invoices i ON i.id = il.invoice_id "
        "JOIN distributors d ON d.id = i.distributor_id "
        "JOIN products p ON p.id = il.product_id "
        f"WHERE d.code IN ({code_list}) "
        "AND i.invoice_date >= :start AND i.invoice_date < :end "
        "GROUP BY d.code, p.family ORDER BY d.code, revenue DESC"
    )
    rows = session.execute(stmt, {"start": start, "end": end}).mappings().all()
    return [dict(r) for r in rows]


@router.get("/distributor-sales")
def distributor_sales(
    year: int = Query(..., ge=2000, le=2100),
    month: int = Query(..., ge=1, le=12),
    distributor: List[str] = Query(...),
    session: Session = Depends(get_session),
):
    return {
        "period": f"{year}-{month:02d}",
        "rows": sales_by_family(session, distributor, year, month),
    }
