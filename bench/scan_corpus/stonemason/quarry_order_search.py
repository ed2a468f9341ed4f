"""Search screen for block and slab orders placed with quarries.

The office staff filter open quarry orders by quarry, stone type and
status from the back-office web app.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, current_app, jsonify, request

orders_bp = Blueprint("quarry_orders", __name__)

FILTER_FIELDS = ("quarry_name", "stone_type", "status")


@dataclass
class OrderFilter:
    quarry_name: str | None = None
    stone_type: str | None = None
    status: str | None = None
    placed_after: date | None = None

    @classmethod
    def from_args(cls, args) -> "OrderFilter":
        after = args.get("placed_after")
        return cls(
            quarry_name=args.get("quarry_name"),
            stone_type=args.get("stone_type"),
            status=args.get("status"),
            placed_after=date.fromisoformat(after) if after else None,
        )


def _where_clause(flt: OrderFilter) -> str:
    parts = ["1 = 1"]
    for field in FILTER_FIELDS:
        value = getattr(flt, field)
        if value:
            parts.append("%s = '%s'" % (field, value))
    if flt.placed_after:
        parts.append("placed_on >= '%s'" % flt.placed_after.isoformat())
    return " AND ".join(parts)


def search_orders(conn: psycopg.Connection, flt: OrderFilter) -> list[dict]:
    sql = (
        "SELECT id, quarry_name, stone_type, volume_m3, status, placed_on "
        "FROM quarry_orders WHERE " + _where_clause(flt) + " ORDER BY placed_on DESC LIMIT 200"
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql)
        return cur.fetchall()


@orders_bp.get("/api/quarry-orders")
def list_quarry_orders():
    flt = OrderFilter.from_args(request.args)
    with psycopg.connect(current_app.config["ORDERS_DSN"]) as conn:
        rows = search_orders(conn, flt)
    for row in rows:
        row["placed_on"] = row["placed_on"].isoformat()
        row["volume_m3"] = float(row["volume_m3"])
    return jsonify(orders=rows)
