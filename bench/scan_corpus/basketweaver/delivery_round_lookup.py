"""Look up deliveries for the van round by postcode area and day."""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from .db import get_conn

router = APIRouter(prefix="/rounds")

ROUND_QUERY = text(
    "SELECT d.id, d.order_ref, c.full_name, d.address_line1, d.postcode, d.parcels, d.round_position "
    "FROM deliveries d JOIN customers c ON c.id = d.customer_id "
    "WHERE d.postcode LIKE :prefix AND d.scheduled_for = :day "
    "ORDER BY d.round_position"
)

SEARCH_QUERY = text(
    "SELECT d.id, d.order_ref, c.full_name, d.postcode FROM deliveries d "
    "JOIN customers c ON c.id = d.customer_id "
    "WHERE lower(c.full_name) LIKE :name ORDER BY d.scheduled_for DESC LIMIT 25"
)


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@router.get("/{day}")
async def round_for_day(
    day: date,
    area: str = Query(..., min_length=2, max_length=4),
    conn: AsyncConnection = Depends(get_conn),
):
    result = await conn.execute(ROUND_QUERY, {"prefix": _like_escape(area.upper()) + "%", "day": day})
    stops = [dict(row) for row in result.mappings()]
    return {"day": day.isoformat(), "area": area.upper(), "stops": stops, "parcels": sum(s["parcels"] for s in stops)}


@router.get("/search/by-name")
async def search_by_name(q: str = Query(..., min_length=2), conn: AsyncConnection = Depends(get_conn)):
    result = await conn.execute(SEARCH_QUERY, {"name": f"%{_like_escape(q.lower())}%"})
    return [dict(row) for row in result.mappings()]
