"""Booking lookup API for the dispatch office.

The dispatch office searches haulage bookings by depot and collection
date when planning the next day's loading sequence in the yard.
"""
from datetime import date

import psycopg
from fastapi import APIRouter, Depends, Query
from psycopg.rows import dict_row

from haulage.config import settings

router = APIRouter(prefix="/bookings")


async def get_conn():
    async with await psycopg.AsyncConnection.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        yield conn


BOOKINGS_BY_DEPOT = (
    "SELECT b.reference, b.collection_date, b.dispatch_bay, h.name AS haulier, "
    "b.gross_kg, b.status "
    "FROM bookings b JOIN hauliers h ON h.id = b.haulier_id "
    "WHERE b.depot = '%s' AND b.collection_date = %%s "
    "ORDER BY b.dispatch_bay"
)


@router.get("/by-depot")
async def bookings_by_depot(
    depot: str = Query(..., min_length=2),
    on: date = Query(default_factory=date.today),
    conn: psycopg.AsyncConnection = Depends(get_conn),
):
    async with conn.cursor() as cur:
        await cur.execute(BOOKINGS_BY_DEPOT % depot, (on,))
        rows = await cur.fetchall()
    return {"depot": depot, "date": on.isoformat(), "bookings": rows}


@router.get("/{reference}")
async def booking_detail(reference: str, conn: psycopg.AsyncConnection = Depends(get_conn)):
    async with conn.cursor() as cur:
        await cur.execute("SELECT * FROM bookings WHERE reference = %s", (reference,))
        row = await cur.fetchone()
    return row or {"error": "not found"}
