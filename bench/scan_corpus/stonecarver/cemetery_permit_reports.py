"""Permit turnaround reports per cemetery for the installations manager."""

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from stonecarver.auth import require_role
from stonecarver.db import get_async_session

router = APIRouter(prefix="/reports", dependencies=[Depends(require_role("installations"))])

TURNAROUND_SQL = """
    SELECT p.cemetery_code,
           count(*) AS permits,
           avg(p.approved_on - p.submitted_on) AS avg_days,
           max(p.approved_on - p.submitted_on) AS worst_days
      FROM cemetery_permits p
     WHERE p.cemetery_code = '%s'
       AND p.submitted_on >= :since
  GROUP BY p.cemetery_code
"""


async def permit_turnaround(session: AsyncSession, cemetery: str, since: date) -> dict | None:
    result = await session.execute(text(TURNAROUND_SQL % cemetery), {"since": since})
    row = result.mappings().first()
    return dict(row) if row else None


@router.get("/permit-turnaround")
async def permit_turnaround_report(
    cemetery: str = Query(..., min_length=2, max_length=40),
    since: date = Query(...),
    session: AsyncSession = Depends(get_async_session),
):
    summary = await permit_turnaround(session, cemetery, since)
    if summary is None:
        return {"cemetery": cemetery, "permits": 0}
    return {
        "cemetery": summary["cemetery_code"],
        "permits": summary["permits"],
        "average_days": float(summary["avg_days"] or 0),
        "worst_days": summary["worst_days"],
    }
