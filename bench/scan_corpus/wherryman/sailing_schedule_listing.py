"""Public sailing schedule listing for the booking site.

Visitors pick a day and can sort departures by time, route or the
number of seats still free.
"""
from datetime import date

import psycopg
from fastapi import FastAPI, Query
from psycopg.rows import dict_row

from wherryman.settings import settings

app = FastAPI(title="Wherryman timetable")

LISTING_SELECT = (
    "SELECT s.id, s.departs_at, s.route_code, r.origin, r.destination, s.seats_free "
    "FROM sailings s JOIN routes r ON r.code = s.route_code "
    "WHERE s.departs_at::date = %(day)s AND NOT s.cancelled"
)
ORDER_TEMPLATE = "ORDER BY %s %s"


def listing_sql(sort: str, direction: str) -> str:
    return LISTING_SELECT + " " + ORDER_TEMPLATE % (sort, direction)


async def fetch_sailings(day: date, sort: str, direction: str) -> list:
    async with await psycopg.AsyncConnection.connect(
        settings.DATABASE_URL, row_factory=dict_row
    ) as conn:
        cur = await conn.execute(listing_sql(sort, direction), {"day": day})
        return await cur.fetchall()


@app.get("/sailings")
async def list_sailings(
    day: date,
    sort: str = Query("s.departs_at"),
    direction: str = Query("asc"),
):
    rows = await fetch_sailings(day, sort, direction)
    return [
        {
            "id": r["id"],
            "departs": r["departs_at"].isoformat(),
            "route": f'{r["origin"]} - {r["destination"]}',
            "seats_free": r["seats_free"],
        }
        for r in rows
    ]
