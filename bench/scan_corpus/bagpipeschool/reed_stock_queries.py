"""Stock look-ups for the reed and chanter shop (SQLite back office)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("reed_stock", __name__, url_prefix="/shop/stock")


@dataclass
class StockItem:
    sku: str
    maker: str
    kind: str
    strength: Optional[str]
    price_pence: int
    on_hand: int


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SHOP_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def find_items(conn: sqlite3.Connection, kind: str, maker: Optional[str],
               strength: Optional[str]) -> List[StockItem]:
    sql = ("SELECT sku, maker, kind, strength, price_pence, on_hand FROM stock_items "
           "WHERE kind = ? AND (? IS NULL OR maker = ?) AND (? IS NULL OR strength = ?) "
           "ORDER BY maker, price_pence")
    rows = conn.execute(sql, (kind, maker, maker, strength, strength)).fetchall()
    return [StockItem(**dict(r)) for r in rows]


def reserve(conn: sqlite3.Connection, sku: str, quantity: int) -> bool:
    with conn:
        cur = conn.execute(
            "UPDATE stock_items SET on_hand = on_hand - ? WHERE sku = ? AND on_hand >= ?",
            (quantity, sku, quantity),
        )
    return cur.rowcount == 1


@bp.get("/")
def list_stock():
    kind = request.args.get("kind", "chanter reed")
    maker = request.args.get("maker") or None
    strength = request.args.get("strength") or None
    conn = _connect()
    try:
        items = find_items(conn, kind, maker, strength)
    finally:
        conn.close()
    return jsonify([item.__dict__ for item in items])


@bp.post("/<sku>/reserve")
def reserve_stock(sku: str):
    quantity = request.get_json(force=True).get("quantity", 1)
    if not isinstance(quantity, int) or not 1 <= quantity <= 50:
        return jsonify({"error": "quantity must be 1-50"}), 400
    conn = _connect()
    try:
        ok = reserve(conn, sku, quantity)
    finally:
        conn.close()
    return (jsonify({"reserved": quantity}), 200) if ok else (jsonify({"error": "out of stock"}), 409)
