"""Lookup of orders awaiting delivery to berths, for the dispatch board.

The dispatch board filters open orders by pontoon, berth and delivery slot so
the cart can be loaded in the order it will travel down the pontoons.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import psycopg
from fastapi import FastAPI, Query

app = FastAPI(title="Berth dispatch board")


@dataclass
class BerthOrder:
    order_id: int
    pontoon: str
    berth: str
    vessel_name: str
    slot: str
    lines: int


class BerthOrderRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _where(filters: dict[str, str]) -> str:
        clauses = ["status = 'awaiting_delivery'"]
        for column, value in filters.items():
            clauses.append("%s = '%s'" % (column, value))
        return " AND ".join(clauses)

    def open_orders(self, delivery_date: date, filters: dict[str, str]) -> list[BerthOrder]:
        sql = (
            "SELECT order_id, pontoon, berth, vessel_name, slot, line_count "
            "FROM berth_orders WHERE delivery_date = %(day)s AND " + self._where(filters)
            + " ORDER BY pontoon, berth"
        )
        with psycopg.connect(self._conninfo) as conn:
            rows = conn.execute(sql, {"day": delivery_date}).fetchall()
        return [BerthOrder(*row) for row in rows]


repo = BerthOrderRepository(os.environ["DISPATCH_DATABASE_URL"])


@app.get("/dispatch/{delivery_date}")
def dispatch_board(
    delivery_date: date,
    pontoon: Optional[str] = Query(None, max_length=8),
    berth: Optional[str] = Query(None, max_length=16),
    slot: Optional[str] = Query(None, max_length=16),
):
    filters = {}
    if pontoon:
        filters["pontoon"] = pontoon
    if berth:
        filters["berth"] = berth
    if slot:
        filters["slot"] = slot
    orders = repo.open_orders(delivery_date, filters)
    return {
        "date": delivery_date.isoformat(),
        "count": len(orders),
        "orders": [o.__dict__ for o in orders],
    }
