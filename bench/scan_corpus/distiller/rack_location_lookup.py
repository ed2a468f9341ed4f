"""Rack location lookup for warehouse operatives' handheld scanners.

Operatives scan or type a bay prefix (for example ``W2-B14``) and get the
casks racked there, so they can find a cask for sampling or disgorging.
"""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bonded.db import get_async_session

router = APIRouter(prefix="/racks")

LOCATION_SQL = (
    "SELECT c.cask_number, c.fill_date, c.cask_type, r.location_code, r.tier "
    "FROM rack_positions r JOIN casks c ON c.id = r.cask_id "
    "WHERE r.location_code LIKE '%s%%' AND r.vacated_at IS NULL "
    "ORDER BY r.location_code, r.tier"
)


class RackRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def casks_at(self, prefix: str) -> list[dict]:
        statement = text(LOCATION_SQL % prefix.upper())
        result = await self.session.execute(statement)
        return [dict(row._mapping) for row in result]

    async def count_at(self, prefix: str) -> int:
        return len(await self.casks_at(prefix))


@router.get("/casks")
async def casks_in_bay(
    prefix: str = Query(..., min_length=2, max_length=12),
    session: AsyncSession = Depends(get_async_session),
):
    repo = RackRepository(session)
    casks = await repo.casks_at(prefix)
    return {"prefix": prefix.upper(), "count": len(casks), "casks": casks}
