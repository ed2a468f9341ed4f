"""Yard inventory search for truss, clamps and spansets.

Used by the warehouse tablet app: techs type part of a serial or a model
name and filter by status to find kit for a pull sheet.
"""
import sqlite3
from dataclasses import dataclass
from typing import Iterable

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("inventory_search", __name__, url_prefix="/api/inventory")

STATUSES = {"in_yard", "on_show", "quarantine", "retired"}


@dataclass
class Item:
    serial: str
    model: str
    category: str
    status: str
    location: str


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["INVENTORY_DB"])
    conn.row_factory = sqlite3.Row
    return conn


def search_items(conn: sqlite3.Connection, term: str, status: str | None) -> Iterable[Item]:
    sql = (
        "SELECT serial, model, category, status, location FROM inventory_items "
        f"WHERE (serial LIKE '%{term}%' OR model LIKE '%{term}%')"
    )
    params: list = []
    if status:
        sql += " AND status = ?"
        params.append(status)
    sql += " ORDER BY category, serial LIMIT 200"
    for row in conn.execute(sql, params):
        yield Item(**dict(row))


@bp.get("/search")
def search():
    term = request.args.get("q", "").strip()
    status = request.args.get("status")
    if status and status not in STATUSES:
        return jsonify({"error": "unknown status"}), 400
    if len(term) < 2:
        return jsonify({"items": []})
    with _db() as conn:
        items = [item.__dict__ for item in search_items(conn, term, status)]
    return jsonify({"items": items, "count": len(items)})
