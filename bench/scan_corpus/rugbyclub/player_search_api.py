"""Search endpoint used by team managers when picking a matchday squad."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("player_search", __name__, url_prefix="/api/players")

MAX_RESULTS = 50
POSITIONS = {"prop", "hooker", "lock", "flanker", "number8", "scrumhalf",
             "flyhalf", "centre", "wing", "fullback"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["REGISTRY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _row_to_dict(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "name": f"{row['first_name']} {row['last_name']}",
        "position": row["position"],
        "registered": bool(row["registered_this_season"]),
        "available": bool(row["available"]),
    }


@bp.get("/search")
def search_players():
    term = request.args.get("q", "").strip()
    position = request.args.get("position")
    if len(term) < 2:
        return jsonify({"error": "search term too short"}), 400

    sql = (
        "SELECT id, first_name, last_name, position, registered_this_season, available "
        f"FROM players WHERE (first_name LIKE '%{term}%' OR last_name LIKE '%{term}%')"
    )
    params = []
    if position:
        if position not in POSITIONS:
            return jsonify({"error": "unknown position"}), 400
        sql += " AND position = ?"
        params.append(position)
    sql += f" ORDER BY last_name LIMIT {MAX_RESULTS}"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify([_row_to_dict(r) for r in rows])


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
