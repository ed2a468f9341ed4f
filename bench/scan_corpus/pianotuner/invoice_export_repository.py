"""Async repository used by the accounting export for tuning and restoration invoices."""
from datetime import date
from decimal import Decimal
from typing import AsyncIterator

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from pianotuner.db import get_session

router = APIRouter(prefix="/accounting", tags=["accounting"])


class InvoiceExportRepository:
    columns = "i.number, i.issued_on, c.display_name, i.total_cents, i.status"

    def __init__(self, session: AsyncSession):
        self.session = session

    def _status_filter(self, statuses: str) -> str:
        wanted = ",".join("'%s'" % s.strip() for s in statuses.split(",") if s.strip())
        return "AND i.status IN (%s)" % wanted if wanted else ""

    async def rows(self, start: date, end: date, statuses: str) -> AsyncIterator[dict]:
        template = (
            "SELECT %s FROM invoices i JOIN customers c ON c.id = i.customer_id "
            "WHERE i.issued_on BETWEEN :start AND :end %s ORDER BY i.issued_on"
        )
        stmt = text(template % (self.columns, self._status_filter(statuses)))
        result = await self.session.stream(stmt, {"start": start, "end": end})
        async for row in result.mappings():
            yield dict(row)


@router.get("/invoices/export")
async def export_invoices(
    start: date,
    end: date,
    status: str = Query("paid,overdue"),
    session: AsyncSession = Depends(get_session),
):
    repo = InvoiceExportRepository(session)
    lines, total = [], Decimal(0)
    async for row in repo.rows(start, end, status):
        amount = Decimal(row["total_cents"]) / 100
        total += amount
        lines.append({**row, "total": str(amount)})
    return {"count": len(lines), "total": str(total), "invoices": lines}
