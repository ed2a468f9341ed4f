"""Office dashboard: searchable history of completed walks per client."""

import sqlite3
from datetime import date

from flask import Blueprint, current_app, g, jsonify, request

from .auth import staff_required

bp = Blueprint("walk_history", __name__, url_prefix="/office")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["WALKS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.teardown_app_request
def close_db(_exc=None):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@bp.get("/walks/history")
@staff_required
def walk_history():
    dog = request.args.get("dog", "").strip()
    since = request.args.get("since", date.today().replace(day=1).isoformat())
    limit = min(int(request.args.get("limit", 100)), 500)

    query = (
        "SELECT w.id, d.name AS dog, c.full_name AS client, w.started_at,"
        " w.duration_min, w.distance_m, wk.display_name AS walker"
        " FROM walks w"
        " JOIN dogs d ON d.id = w.dog_id"
        " JOIN clients c ON c.id = d.client_id"
        " JOIN walkers wk ON wk.id = w.walker_id"
        f" WHERE w.status = 'completed' AND d.name LIKE '%{dog}%'"
        " AND w.started_at >= ? ORDER BY w.started_at DESC LIMIT ?"
    )
    rows = get_db().execute(query, (since, limit)).fetchall()
    return jsonify([dict(row) for row in rows])


@bp.get("/walks/<int:walk_id>")
@staff_required
def walk_detail(walk_id: int):
    row = get_db().execute(
        "SELECT id, dog_id, walker_id, started_at, ended_at, duration_min, distance_m, notes"
        " FROM walks WHERE id = ?",
        (walk_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))
