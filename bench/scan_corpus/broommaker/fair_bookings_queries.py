"""Queries over our craft-fair and show bookings, kept in one table per season."""

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import List

import psycopg
from psycopg import sql


class Season(str, Enum):
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"

    @property
    def table(self) -> str:
        return f"fair_bookings_{self.value}"


@dataclass
class Booking:
    fair_name: str
    county: str
    starts_on: date
    pitch_fee_pence: int
    paid: bool


def bookings_for(conn: psycopg.Connection, season: Season, county: str | None = None) -> List[Booking]:
    query = sql.SQL(
        "SELECT fair_name, county, starts_on, pitch_fee_pence, paid FROM {table}"
        " WHERE (%(county)s::text IS NULL OR county = %(county)s)"
        " ORDER BY starts_on"
    ).format(table=sql.Identifier(season.table))
    with conn.cursor() as cur:
        cur.execute(query, {"county": county})
        return [Booking(*row) for row in cur.fetchall()]


def unpaid_pitch_fees(conn: psycopg.Connection, season: Season) -> int:
    query = sql.SQL("SELECT coalesce(sum(pitch_fee_pence), 0) FROM {table} WHERE NOT paid").format(
        table=sql.Identifier(season.table)
    )
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchone()[0]


def handle_request(conn: psycopg.Connection, params: dict) -> dict:
    """Entry point used by the office dashboard API."""
    try:
        season = Season(params.get("season", "summer"))
    except ValueError:
        return {"error": "unknown season"}
    county = params.get("county") or None
    rows = bookings_for(conn, season, county)
    return {
        "season": season.value,
        "bookings": [b.__dict__ for b in rows],
        "unpaid_pence": unpaid_pitch_fees(conn, season),
    }
