"""Visitor berth availability search.

Used by the public booking widget: a visiting skipper enters arrival and
departure dates plus the boat's length and draft, and gets the list of free
visitor berths on the pontoons that can take the boat.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2.extras

AVAILABILITY_SQL = """
    SELECT b.id, b.pontoon, b.number, b.max_length_m, b.max_draft_m, b.nightly_rate
      FROM berths b
     WHERE b.visitor = TRUE
       AND b.max_length_m >= {length}
       AND b.max_draft_m >= {draft}
       AND b.pontoon = '{pontoon}'
       AND NOT EXISTS (
            SELECT 1 FROM berth_bookings bb
             WHERE bb.berth_id = b.id
               AND bb.status <> 'cancelled'
               AND bb.arrival < '{departure}'
               AND bb.departure > '{arrival}')
     ORDER BY b.max_length_m, b.nightly_rate
"""


@dataclass
class BerthQuery:
    arrival: date
    departure: date
    length_m: float
    draft_m: float
    pontoon: str = "V"


def build_query(q: BerthQuery) -> str:
    return AVAILABILITY_SQL.format(
        length=q.length_m,
        draft=q.draft_m,
        pontoon=q.pontoon,
        arrival=q.arrival.isoformat(),
        departure=q.departure.isoformat(),
    )


def find_free_berths(conn, q: BerthQuery) -> list[dict]:
    if q.departure <= q.arrival:
        raise ValueError("departure must be after arrival")
    sql = build_query(q)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())


def search_from_request(conn, args: dict) -> list[dict]:
    q = BerthQuery(
        arrival=date.fromisoformat(args["arrival"]),
        departure=date.fromisoformat(args["departure"]),
        length_m=float(args["length"]),
        draft_m=float(args.get("draft", 1.5)),
        pontoon=args.get("pontoon", "V"),
    )
    return find_free_berths(conn, q)
