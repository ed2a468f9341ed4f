"""Stock lookups for finished hurdles in the yard.

Used by the web shop product pages and the trade portal to show how many
panels of each style and size are woven and ready to go.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("stock", __name__, url_prefix="/stock")


@dataclass
class StockLine:
    style: str
    width_ft: int
    height_ft: int
    in_yard: int
    reserved: int

    @property
    def available(self) -> int:
        return max(0, self.in_yard - self.reserved)


def _db() -> sqlite3.Connection:
    if "stock_db" not in g:
        g.stock_db = sqlite3.connect(current_app.config["STOCK_DB"])
    return g.stock_db


def find_stock(style: str, height_ft: Optional[int] = None) -> list[StockLine]:
    sql = (
        "SELECT style, width_ft, height_ft, in_yard, reserved FROM hurdle_stock "
        "WHERE style = ? AND (? IS NULL OR height_ft = ?) ORDER BY height_ft, width_ft"
    )
    rows = _db().execute(sql, (style, height_ft, height_ft)).fetchall()
    return [StockLine(*row) for row in rows]


def reserve(style: str, width_ft: int, height_ft: int, quantity: int) -> bool:
    conn = _db()
    with conn:
        cur = conn.execute(
            "UPDATE hurdle_stock SET reserved = reserved + ? "
            "WHERE style = ? AND width_ft = ? AND height_ft = ? AND in_yard - reserved >= ?",
            (quantity, style, width_ft, height_ft, quantity),
        )
    return cur.rowcount == 1


@bp.get("/")
def stock_for_style():
    style = request.args.get("style", "")
    height = request.args.get("height", type=int)
    lines = find_stock(style, height)
    return jsonify(
        [
            {"style": s.style, "size": f"{s.width_ft}x{s.height_ft}ft", "available": s.available}
            for s in lines
        ]
    )
