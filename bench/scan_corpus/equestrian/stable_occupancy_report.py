"""Monthly occupancy report across the yard's stable blocks.

Each block type has its own table (historic schema from the old booking
system), so the table name is chosen from a fixed mapping before querying.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Dict, List

import psycopg2
from psycopg2 import sql

BLOCK_TABLES: Dict[str, str] = {
    "main": "stable_bookings_main",
    "isolation": "stable_bookings_isolation",
    "foaling": "stable_bookings_foaling",
    "barn": "stable_bookings_barn",
}


@dataclass
class OccupancyRow:
    box_number: str
    nights_booked: int
    nights_in_month: int

    @property
    def percent(self) -> float:
        return round(100 * self.nights_booked / self.nights_in_month, 1) if self.nights_in_month else 0.0


def _table_for(block: str) -> str:
    try:
        return BLOCK_TABLES[block]
    except KeyError:
        raise ValueError(f"unknown stable block {block!r}") from None


def occupancy(block: str, month_start: date, month_end: date) -> List[OccupancyRow]:
    table = _table_for(block)
    query = sql.SQL(
        "SELECT box_number, SUM(LEAST(check_out, %(end)s) - GREATEST(check_in, %(start)s)) "
        "FROM {table} WHERE check_in < %(end)s AND check_out > %(start)s "
        "GROUP BY box_number ORDER BY box_number"
    ).format(table=sql.Identifier(table))
    nights = (month_end - month_start).days
    with psycopg2.connect(os.environ["YARD_DB_DSN"]) as conn, conn.cursor() as cur:
        cur.execute(query, {"start": month_start, "end": month_end})
        return [OccupancyRow(box, int(booked or 0), nights) for box, booked in cur.fetchall()]


def summary(block: str, month_start: date, month_end: date) -> Dict[str, float]:
    rows = occupancy(block, month_start, month_end)
    if not rows:
        return {"boxes": 0, "average_percent": 0.0}
    return {
        "boxes": len(rows),
        "average_percent": round(sum(r.percent for r in rows) / len(rows), 1),
    }
