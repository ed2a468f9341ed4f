"""Public listing of upcoming hunting tours with user-selectable sorting."""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg.rows import dict_row
from fastapi import FastAPI, Query

from .settings import settings

app = FastAPI()

ORDER_BY = {
    "date": "s.tour_date, s.start_time",
    "price": "s.price_eur, s.tour_date",
    "seats": "seats_left DESC, s.tour_date",
    "orchard": "o.name, s.tour_date",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def build_listing_sql(sort: str, direction: str) -> str:
    order = ORDER_BY.get(sort, ORDER_BY["date"])
    if sort != "seats":
        order = f"{order} {DIRECTIONS.get(direction, 'ASC')}"
    return (
        "SELECT s.id, s.tour_date, s.start_time, s.price_eur, o.name AS orchard, o.region, "
        "s.capacity - s.booked AS seats_left "
        "FROM tour_slots s JOIN orchards o ON o.id = s.orchard_id "
        "WHERE s.tour_date >= %(start)s AND (%(region)s::text IS NULL OR o.region = %(region)s) "
        f"ORDER BY {order} LIMIT %(limit)s"
    )


@app.get("/tours")
def list_tours(
    sort: str = Query("date"),
    direction: str = Query("asc"),
    region: str | None = None,
    limit: int = Query(30, ge=1, le=100),
):
    sql = build_listing_sql(sort, direction)
    params = {"start": date.today(), "region": region, "limit": limit}
    with psycopg.connect(settings.booking_db_dsn, row_factory=dict_row) as conn:
        rows = conn.execute(sql, params).fetchall()
    return {"sort": sort if sort in ORDER_BY else "date", "tours": rows}
