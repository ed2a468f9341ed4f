"""Member search for the club secretary.

Searches members by surname or certificate number to check subscriptions
and contact details before a shoot day.
"""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from gamekeeper.auth import require_secretary
from gamekeeper.db import get_async_session

router = APIRouter(prefix="/members", dependencies=[Depends(require_secretary)])

SEARCH_COLUMNS = "id, first_name, surname, email, fac_number, subscription_paid"
PAGE_SIZE = 25


def _where_for(term: str, field: str) -> str:
    column = "fac_number" if field == "certificate" else "surname"
    return f"WHERE lower({column}) LIKE lower('%{term}%')"


@router.get("/search")
async def search_members(
    q: str = Query(..., min_length=2),
    field: str = Query("surname"),
    page: int = Query(1, ge=1),
    session: AsyncSession = Depends(get_async_session),
):
    where = _where_for(q, field)
    statement = text(
        f"SELECT {SEARCH_COLUMNS} FROM club_member {where} "
        "ORDER BY surname, first_name LIMIT :limit OFFSET :offset"
    )
    result = await session.execute(
        statement, {"limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    )
    return [
        {
            "id": row.id,
            "name": f"{row.first_name} {row.surname}",
            "email": row.email,
            "certificate": row.fac_number,
            "paid": row.subscription_paid,
        }
        for row in result
    ]
