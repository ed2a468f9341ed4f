"""Member lookup used by the booking desk.

Finds members by surname fragment or shotgun/firearm certificate number so
that the desk can attach them to a shoot-day booking.
"""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from gamekeeper.auth import require_booking_desk
from gamekeeper.db import get_async_session

router = APIRouter(prefix="/desk/members", dependencies=[Depends(require_booking_desk)])

LOOKUP_COLUMNS = ("id", "first_name", "surname", "email", "fac_number", "sgc_number")
COLUMN_LIST = ", ".join(LOOKUP_COLUMNS)


def _lookup_statement(by_certificate: bool):
    predicate = (
        "fac_number = :term OR sgc_number = :term"
        if by_certificate
        else "lower(surname) LIKE lower(:pattern)"
    )
    return text(
        f"SELECT {COLUMN_LIST} FROM club_member WHERE {predicate} ORDER BY surname LIMIT :limit"
    )


@router.get("/lookup")
async def lookup(
    q: str = Query(..., min_length=2, max_length=64),
    certificate: bool = Query(False),
    session: AsyncSession = Depends(get_async_session),
):
    statement = _lookup_statement(certificate)
    params = {"limit": 20}
    if certificate:
        params["term"] = q.strip().upper()
    else:
        escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params["pattern"] = f"%{escaped}%"
    result = await session.execute(statement, params)
    return [dict(zip(LOOKUP_COLUMNS, row)) for row in result]
