"""Data access for party bookings across the rink's party rooms.

Each room has its own bookings table (historical reasons: rooms were added
one at a time and the tables have slightly different columns).
"""
from __future__ import annotations

from datetime import date
from typing import Any

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor

ROOM_TABLES = {
    "disco": "party_room_disco",
    "arcade": "party_room_arcade",
    "rinkside": "party_room_rinkside",
}
SORTABLE = {"party_date", "guests", "created_at"}


class PartyBookingRepository:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def _table(self, room: str) -> str:
        try:
            return ROOM_TABLES[room]
        except KeyError:
            raise ValueError(f"unknown party room {room!r}") from None

    def bookings_between(self, room: str, start: date, end: date,
                         order_by: str = "party_date") -> list[dict[str, Any]]:
        if order_by not in SORTABLE:
            order_by = "party_date"
        query = sql.SQL(
            "SELECT reference, host_name, party_date, guests FROM {table} "
            "WHERE party_date BETWEEN %s AND %s ORDER BY {order}"
        ).format(table=sql.Identifier(self._table(room)), order=sql.Identifier(order_by))
        with psycopg2.connect(self.dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(query, (start, end))
            return list(cur.fetchall())

    def search_host(self, room: str, host_fragment: str) -> list[dict[str, Any]]:
        table = self._table(room)
        query = f"SELECT reference, host_name, party_date FROM {table} WHERE host_name ILIKE %s LIMIT 50"
        with psycopg2.connect(self.dsn) as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(query, (f"%{host_fragment}%",))
            return list(cur.fetchall())

    def cancel(self, room: str, reference: str) -> bool:
        query = sql.SQL("UPDATE {} SET status = 'cancelled' WHERE reference = %s").format(
            sql.Identifier(self._table(room))
        )
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(query, (reference,))
            return cur.rowcount == 1
