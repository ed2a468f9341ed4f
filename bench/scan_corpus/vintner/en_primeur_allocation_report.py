"""Allocation report for the en-primeur campaign, sortable by several columns."""

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from vintner.auth import require_staff
from vintner.db import get_session

router = APIRouter(prefix="/admin/allocations", dependencies=[Depends(require_staff)])

SORT_COLUMNS = {
    "wine": "w.name",
    "client": "c.name",
    "cases": "a.cases",
    "requested": "a.requested_at",
}


def _order_clause(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise HTTPException(status_code=400, detail=f"Cannot sort by {sort!r}")
    return f"{column} {'DESC' if descending else 'ASC'}"


@router.get("/")
async def allocation_report(
    year: int,
    wine_id: int | None = None,
    sort: str = Query("requested"),
    descending: bool = False,
    session: AsyncSession = Depends(get_session),
):
    order_clause = _order_clause(sort, descending)
    statement = text(
        "SELECT a.id, w.name AS wine, c.name AS client, a.cases, a.requested_at, a.status "
        "FROM allocations a JOIN wines w ON w.id = a.wine_id JOIN clients c ON c.id = a.client_id "
        "WHERE a.campaign_year = :year AND (:wine_id IS NULL OR a.wine_id = :wine_id) "
        f"ORDER BY {order_clause}"
    )
    result = await session.execute(statement, {"year": year, "wine_id": wine_id})
    rows = [dict(r._mapping) for r in result]
    return {"count": len(rows), "allocations": rows}
