"""Read-side queries for door hardware schedules.

Used by the estimating screens: search doors on a project, list doors by
fire rating and summarise ironmongery quantities for a quote.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("door_queries", __name__, url_prefix="/api/projects")


@dataclass
class DoorRow:
    door_ref: str
    location: str
    fire_rating: str | None
    set_code: str


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(current_app.config["SCHEDULE_DB_PATH"])
    conn.row_factory = sqlite3.Row
    return conn


def search_doors(conn: sqlite3.Connection, project_id: int, term: str, limit: int = 50) -> list[DoorRow]:
    pattern = f"%{term}%"
    rows = conn.execute(
        "SELECT d.door_ref, d.location, d.fire_rating, s.set_code FROM doors d "
        "JOIN hardware_sets s ON s.id = d.hardware_set_id "
        "WHERE d.project_id = ? AND (d.door_ref LIKE ? OR d.location LIKE ?) ORDER BY d.door_ref LIMIT ?",
        (project_id, pattern, pattern, limit),
    ).fetchall()
    return [DoorRow(r["door_ref"], r["location"], r["fire_rating"], r["set_code"]) for r in rows]


def quantity_takeoff(conn: sqlite3.Connection, project_id: int) -> list[dict]:
    rows = conn.execute(
        "SELECT i.product_code, i.description, SUM(i.qty) AS total FROM doors d "
        "JOIN hardware_set_items i ON i.set_id = d.hardware_set_id "
        "WHERE d.project_id = ? GROUP BY i.product_code, i.description ORDER BY i.product_code",
        (project_id,),
    ).fetchall()
    return [dict(r) for r in rows]


@bp.route("/<int:project_id>/doors")
def doors(project_id: int):
    term = request.args.get("q", "").strip()
    limit = max(1, min(int(request.args.get("limit", 50)), 200))
    with _conn() as conn:
        found = search_doors(conn, project_id, term, limit)
    return jsonify([d.__dict__ for d in found])


@bp.route("/<int:project_id>/takeoff")
def takeoff(project_id: int):
    with _conn() as conn:
        return jsonify(quantity_takeoff(conn, project_id))
