"""Stock search for the leather and valve store room.

Used by the counter staff page: type part of a description ("kid", "valve
leather", "gusset") and optionally restrict to a skin type.
"""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from typing import Optional

from flask import Flask, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env()

STOCK_DB = "/var/lib/bellows/stock.db"


@dataclass
class StockItem:
    sku: str
    description: str
    skin: str
    thickness_mm: float
    on_hand: float
    unit: str


def _open() -> sqlite3.Connection:
    conn = sqlite3.connect(STOCK_DB)
    conn.row_factory = sqlite3.Row
    return conn


def _build_query(term: str, skin: Optional[str]) -> tuple[str, tuple]:
    sql = (
        "SELECT sku, description, skin, thickness_mm, on_hand, unit "
        f"FROM stock_items WHERE description LIKE '%{term}%'"
    )
    params: tuple = ()
    if skin:
        sql += " AND skin = ?"
        params = (skin,)
    return sql + " ORDER BY description LIMIT 50", params


def search_stock(term: str, skin: Optional[str] = None) -> list[StockItem]:
    sql, params = _build_query(term.strip(), skin)
    with closing(_open()) as conn:
        rows = conn.execute(sql, params).fetchall()
    return [StockItem(**dict(r)) for r in rows]


@app.get("/stock/search")
def stock_search():
    term = request.args.get("q", "")
    if len(term) < 2:
        return jsonify(items=[])
    items = search_stock(term, request.args.get("skin") or None)
    return jsonify(items=[item.__dict__ for item in items])


@app.get("/stock/<sku>")
def stock_item(sku: str):
    with closing(_open()) as conn:
        row = conn.execute(
            "SELECT sku, description, skin, thickness_mm, on_hand, unit FROM stock_items WHERE sku = ?",
            (sku,),
        ).fetchone()
    if row is None:
        return jsonify(error="unknown sku"), 404
    return jsonify(dict(row))
