"""Public search over upcoming candle-making workshops."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("workshop_search", __name__)

LEVELS = {"beginner", "intermediate", "advanced"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["WORKSHOP_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _as_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "title": row["title"],
        "level": row["level"],
        "starts_on": row["starts_on"],
        "seats_left": row["capacity"] - row["booked"],
        "price": row["price_pence"] / 100,
    }


@bp.get("/workshops/search")
def search_workshops():
    term = request.args.get("q", "").strip()
    level = request.args.get("level", "")
    if level and level not in LEVELS:
        return jsonify(error="unknown level"), 400

    today = date.today().isoformat()
    sql = (
        "SELECT w.id, w.title, w.level, w.starts_on, w.capacity, w.price_pence, "
        "COALESCE(SUM(b.seats), 0) AS booked "
        "FROM workshops w LEFT JOIN bookings b ON b.workshop_id = w.id "
        f"WHERE w.starts_on >= '{today}' AND w.title LIKE '%{term}%' "
    )
    params: list = []
    if level:
        sql += "AND w.level = ? "
        params.append(level)
    sql += "GROUP BY w.id ORDER BY w.starts_on LIMIT 50"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify(results=[_as_dict(r) for r in rows])


@bp.get("/workshops/<int:workshop_id>")
def workshop_detail(workshop_id: int):
    row = get_db().execute(
        "SELECT w.id, w.title, w.level, w.starts_on, w.capacity, w.price_pence, "
        "COALESCE(SUM(b.seats), 0) AS booked "
        "FROM workshops w LEFT JOIN bookings b ON b.workshop_id = w.id "
        "WHERE w.id = ? GROUP BY w.id",
        (workshop_id,),
    ).fetchone()
    if row is None:
        return jsonify(error="not found"), 404
    return jsonify(_as_dict(row))
