"""Collection and delivery schedule for the courier dispatcher.

Returns the day's planned van stops, optionally filtered by delivery
district, for the dispatcher's dashboard.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from clockmaker.async_db import get_session

router = APIRouter(prefix="/dispatch")

_BASE = (
    "SELECT b.id, b.ticket_number, b.kind, b.slot_start, a.postcode, a.district "
    "FROM collection_bookings b JOIN addresses a ON a.id = b.address_id "
    "WHERE b.slot_start::date = :day"
)


@router.get("/schedule")
async def day_schedule(
    day: date,
    district: str | None = Query(default=None),
    session: AsyncSession = Depends(get_session),
):
    sql = _BASE
    if district:
        sql = sql + " AND a.district = '" + district + "'"
    sql = sql + " ORDER BY b.slot_start"
    result = await session.execute(text(sql), {"day": day})
    return [
        {
            "booking_id": row.id,
            "ticket": row.ticket_number,
            "kind": row.kind,
            "slot": row.slot_start.isoformat(),
            "postcode": row.postcode,
        }
        for row in result
    ]
