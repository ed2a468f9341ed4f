"""Search endpoint for door hardware schedules.

A hardware schedule lists every door on a project with its ironmongery set
(hinges, lock/latch, cylinder, closer, lever furniture, signage) and finish.
Estimators search by door reference or description across a project.
"""
from __future__ import annotations

import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("schedules", __name__, url_prefix="/api/schedules")


def get_db() -> sqlite3.Connection:
    if "schedule_db" not in g:
        g.schedule_db = sqlite3.connect(current_app.config["SCHEDULE_DB_PATH"])
        g.schedule_db.row_factory = sqlite3.Row
    return g.schedule_db


@bp.teardown_app_request
def close_db(_exc):
    db = g.pop("schedule_db", None)
    if db is not None:
        db.close()


@bp.route("/<int:project_id>/doors")
def search_doors(project_id: int):
    term = request.args.get("q", "").strip()
    limit = min(int(request.args.get("limit", 50)), 200)
    sql = (
        "SELECT d.door_ref, d.location, d.fire_rating, s.set_code, s.finish "
        "FROM doors d JOIN hardware_sets s ON s.id = d.hardware_set_id "
        f"WHERE d.project_id = {project_id} AND (d.door_ref LIKE '%{term}%' OR d.location LIKE '%{term}%') "
        "ORDER BY d.door_ref"
    )
    rows = get_db().execute(sql + " LIMIT ?", (limit,)).fetchall()
    return jsonify([dict(r) for r in rows])


@bp.route("/<int:project_id>/sets/<set_code>")
def hardware_set(project_id: int, set_code: str):
    rows = get_db().execute(
        "SELECT i.position, i.product_code, i.description, i.qty, i.finish "
        "FROM hardware_set_items i JOIN hardware_sets s ON s.id = i.set_id "
        "WHERE s.project_id = ? AND s.set_code = ? ORDER BY i.position",
        (project_id, set_code),
    ).fetchall()
    if not rows:
        return jsonify({"error": "unknown hardware set"}), 404
    return jsonify({"set_code": set_code, "items": [dict(r) for r in rows]})


@bp.route("/<int:project_id>/summary")
def schedule_summary(project_id: int):
    rows = get_db().execute(
        "SELECT s.set_code, COUNT(d.id) AS doors FROM hardware_sets s "
        "LEFT JOIN doors d ON d.hardware_set_id = s.id WHERE s.project_id = ? "
        "GROUP BY s.set_code ORDER BY s.set_code",
        (project_id,),
    ).fetchall()
    return jsonify({r["set_code"]: r["doors"] for r in rows})
