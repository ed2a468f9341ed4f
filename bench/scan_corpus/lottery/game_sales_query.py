"""Per-game sales totals for the finance dashboard.

Draw games and instant games keep their sales in separate partitioned
tables; the dashboard picks the game family and the date range.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

import sqlite3

GameFamily = Literal["draw", "instant", "sports"]

SALES_TABLES: dict[str, str] = {
    "draw": "draw_game_sales",
    "instant": "instant_game_sales",
    "sports": "sports_pool_sales",
}


@dataclass(frozen=True)
class SalesTotal:
    game_code: str
    tickets: int
    amount_cents: int


def _table_for(family: str) -> str:
    try:
        return SALES_TABLES[family]
    except KeyError:
        raise ValueError(f"unknown game family {family!r}") from None


class SalesTotalsQuery:
    template = (
        "SELECT game_code, COUNT(*), SUM(amount_cents) FROM {table} "
        "WHERE sold_on BETWEEN ? AND ? AND region = ? GROUP BY game_code ORDER BY game_code"
    )

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def totals(self, family: str, start: date, end: date, region: str) -> list[SalesTotal]:
        sql = self.template.format(table=_table_for(family))
        cursor = self._conn.execute(sql, (start.isoformat(), end.isoformat(), region))
        return [SalesTotal(code, int(count), int(amount or 0)) for code, count, amount in cursor]


def dashboard_rows(db_path: str, family: str, start: date, end: date, region: str) -> list[dict]:
    with sqlite3.connect(db_path) as conn:
        rows = SalesTotalsQuery(conn).totals(family, start, end, region)
    return [row.__dict__ for row in rows]
