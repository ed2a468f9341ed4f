"""Bulk lookups used by the packing bench when several wedding suites ship together."""
from __future__ import annotations

import sqlite3
from typing import Iterable, Sequence

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("packing", __name__, url_prefix="/packing")


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["ORDERS_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def orders_by_reference(conn: sqlite3.Connection, refs: Sequence[str]) -> list[dict]:
    if not refs:
        return []
    placeholders = ",".join("?" * len(refs))
    rows = conn.execute(
        "SELECT reference, partner_names, suite_name, pieces, ship_by, status "
        f"FROM wedding_orders WHERE reference IN ({placeholders}) ORDER BY ship_by",
        tuple(refs),
    ).fetchall()
    return [dict(r) for r in rows]


def items_for_orders(conn: sqlite3.Connection, refs: Iterable[str]) -> dict[str, list[dict]]:
    refs = list(refs)
    out: dict[str, list[dict]] = {r: [] for r in refs}
    if not refs:
        return out
    qmarks = ",".join("?" * len(refs))
    for row in conn.execute(
        f"SELECT order_ref, piece, quantity, paper FROM order_items WHERE order_ref IN ({qmarks})",
        refs,
    ):
        out[row["order_ref"]].append(dict(row))
    return out


@bp.get("/batch")
def batch():
    refs = [r.strip().upper() for r in request.args.get("refs", "").split(",") if r.strip()]
    if len(refs) > 100:
        return jsonify(error="at most 100 orders per batch"), 400
    with _db() as conn:
        orders = orders_by_reference(conn, refs)
        items = items_for_orders(conn, refs)
    for order in orders:
        order["items"] = items.get(order["reference"], [])
    return jsonify(orders=orders, missing=sorted(set(refs) - {o["reference"] for o in orders}))
