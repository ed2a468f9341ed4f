"""Search of open hunting-tour slots for the public booking site."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "date": "s.tour_date, s.start_time",
    "price": "s.price_eur",
    "seats": "s.capacity - s.booked",
}


@dataclass
class SlotSearch:
    """Small query builder for the availability endpoint."""

    conninfo: str
    _where: list[str] = field(default_factory=list)
    _params: list[object] = field(default_factory=list)
    _order: str = SORT_COLUMNS["date"]

    def between(self, start: date, end: date) -> "SlotSearch":
        self._where.append("s.tour_date BETWEEN %s AND %s")
        self._params.extend([start, end])
        return self

    def in_region(self, region: str) -> "SlotSearch":
        self._where.append("o.region = '" + region + "'")
        return self

    def min_seats(self, seats: int) -> "SlotSearch":
        self._where.append("s.capacity - s.booked >= %s")
        self._params.append(int(seats))
        return self

    def sort_by(self, key: str) -> "SlotSearch":
        self._order = SORT_COLUMNS.get(key, SORT_COLUMNS["date"])
        return self

    def fetch(self, limit: int = 50) -> list[dict]:
        where = " AND ".join(self._where) or "TRUE"
        sql = (
            "SELECT s.id, s.tour_date, s.start_time, s.price_eur, "
            "s.capacity - s.booked AS seats_left, o.name AS orchard, o.region "
            "FROM tour_slots s JOIN orchards o ON o.id = s.orchard_id "
            f"WHERE {where} ORDER BY {self._order} LIMIT %s"
        )
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, [*self._params, int(limit)]).fetchall()


def search_slots(conninfo: str, args: dict) -> list[dict]:
    search = SlotSearch(conninfo).between(
        date.fromisoformat(args["from"]), date.fromisoformat(args["to"])
    )
    if args.get("region"):
        search.in_region(args["region"])
    if args.get("seats"):
        search.min_seats(int(args["seats"]))
    return search.sort_by(args.get("sort", "date")).fetch()
