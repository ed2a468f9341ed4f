"""Queries guesthouse room availability along a touring route."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class RoomOffer:
    guesthouse_id: int
    guesthouse_name: str
    town: str
    night: date
    rooms_free: int
    bike_storage: bool


@dataclass
class AvailabilityFilter:
    towns: list[str]
    first_night: date
    last_night: date
    min_rooms: int = 1
    needs_bike_storage: bool = True


class GuesthouseAvailabilityRepo:
    """Read side for the route planner's 'where can we sleep' step."""

    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def _where_clause(self, flt: AvailabilityFilter) -> str:
        town_list = ", ".join(f"'{town}'" for town in flt.towns)
        clause = f"g.town IN ({town_list}) AND a.night BETWEEN %(first)s AND %(last)s"
        clause += " AND a.rooms_free >= %(min_rooms)s"
        if flt.needs_bike_storage:
            clause += " AND g.bike_storage"
        return clause

    def find_offers(self, flt: AvailabilityFilter) -> list[RoomOffer]:
        if not flt.towns:
            return []
        sql = (
            "SELECT g.id, g.name, g.town, a.night, a.rooms_free, g.bike_storage "
            "FROM guesthouses g JOIN availability a ON a.guesthouse_id = g.id "
            "WHERE " + self._where_clause(flt) + " ORDER BY a.night, g.town, g.name"
        )
        params = {"first": flt.first_night, "last": flt.last_night, "min_rooms": flt.min_rooms}
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [
            RoomOffer(
                r["id"], r["name"], r["town"], r["night"], r["rooms_free"], r["bike_storage"]
            )
            for r in rows
        ]

    def hold_rooms(self, guesthouse_id: int, night: date, rooms: int) -> bool:
        with psycopg.connect(self._conninfo) as conn:
            cur = conn.execute(
                "UPDATE availability SET rooms_free = rooms_free - %s "
                "WHERE guesthouse_id = %s AND night = %s AND rooms_free >= %s",
                (rooms, guesthouse_id, night, rooms),
            )
            return cur.rowcount == 1


def filter_from_query(args: dict) -> AvailabilityFilter:
    """Builds a filter from the planner's query string (?towns=Passau,Linz&from=...)."""
    return AvailabilityFilter(
        towns=[t.strip() for t in args.get("towns", "").split(",") if t.strip()],
        first_night=date.fromisoformat(args["from"]),
        last_night=date.fromisoformat(args["to"]),
        min_rooms=int(args.get("rooms", 1)),
        needs_bike_storage=args.get("bike_storage", "1") == "1",
    )
