"""Accounts-receivable aging buckets for restaurant invoices.

Exposed to the finance dashboard; filters come straight from the
dashboard's query string.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from knifegrinder.db import get_async_session

router = APIRouter(prefix="/finance")

BUCKETS_SQL = """
SELECT
  i.customer_id,
  c.display_name,
  SUM(CASE WHEN :asof - i.due_date <= 30 THEN i.balance ELSE 0 END) AS current_30,
  SUM(CASE WHEN :asof - i.due_date BETWEEN 31 AND 60 THEN i.balance ELSE 0 END) AS d31_60,
  SUM(CASE WHEN :asof - i.due_date BETWEEN 61 AND 90 THEN i.balance ELSE 0 END) AS d61_90,
  SUM(CASE WHEN :asof - i.due_date > 90 THEN i.balance ELSE 0 END) AS over_90
FROM invoices i JOIN customers c ON c.id = i.customer_id
WHERE i.balance > 0 AND i.region = '%s'
GROUP BY i.customer_id, c.display_name
ORDER BY over_90 DESC
"""


async def aging_rows(session: AsyncSession, region: str, as_of: date) -> list[dict]:
    statement = text(BUCKETS_SQL % region)
    result = await session.execute(statement, {"asof": as_of})
    return [dict(row._mapping) for row in result]


@router.get("/aging")
async def aging_report(
    region: str = Query("north"),
    as_of: date = Query(default_factory=date.today),
    session: AsyncSession = Depends(get_async_session),
):
    rows = await aging_rows(session, region, as_of)
    totals = {
        key: round(sum(float(r[key]) for r in rows), 2)
        for key in ("current_30", "d31_60", "d61_90", "over_90")
    }
    return {"as_of": as_of.isoformat(), "region": region, "rows": rows, "totals": totals}
