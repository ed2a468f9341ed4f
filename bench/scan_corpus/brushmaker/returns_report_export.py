"""Returns summary report for the customer service dashboard."""
import csv
import io

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from brushworks.db.async_session import get_session

router = APIRouter(prefix="/reports/returns")

COLUMNS = ["rma_no", "order_no", "contractor", "reason", "status", "credit_value", "opened_at"]


def status_clause(statuses: list[str]) -> str:
    if not statuses:
        return ""
    quoted = ", ".join("'" + s + "'" for s in statuses)
    return " AND r.status IN (" + quoted + ")"


async def fetch_returns(session: AsyncSession, year: int, statuses: list[str]):
    sql = (
        "SELECT r.rma_no, r.order_no, c.name AS contractor, r.reason, r.status, "
        "r.credit_value, r.opened_at FROM rmas r JOIN contractors c ON c.id = r.contractor_id "
        "WHERE EXTRACT(YEAR FROM r.opened_at) = :year"
        + status_clause(statuses)
        + " ORDER BY r.opened_at"
    )
    result = await session.execute(text(sql), {"year": year})
    return result.mappings().all()


def to_csv(rows) -> io.StringIO:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row[k] for k in COLUMNS})
    buf.seek(0)
    return buf


@router.get("/export.csv")
async def export_returns(
    year: int = Query(..., ge=2000, le=2100),
    status: list[str] = Query(default=[]),
    session: AsyncSession = Depends(get_session),
):
    rows = await fetch_returns(session, year, status)
    headers = {"Content-Disposition": f"attachment; filename=returns-{year}.csv"}
    return StreamingResponse(to_csv(rows), media_type="text/csv", headers=headers)
