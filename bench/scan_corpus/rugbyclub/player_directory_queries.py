"""Player directory lookups for team managers selecting a squad."""
import sqlite3

from flask import Blueprint, current_app, g, jsonify, request

bp = Blueprint("player_directory", __name__, url_prefix="/api/directory")

MAX_RESULTS = 50
POSITIONS = {"prop", "hooker", "lock", "flanker", "number8", "scrumhalf",
             "flyhalf", "centre", "wing", "fullback"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["REGISTRY_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@bp.get("/search")
def search_directory():
    term = request.args.get("q", "").strip()
    position = request.args.get("position")
    if len(term) < 2:
        return jsonify({"error": "search term too short"}), 400

    pattern = f"%{_escape_like(term)}%"
    sql = (
        "SELECT id, first_name, last_name, position, available FROM players "
        "WHERE (first_name LIKE ? ESCAPE '\\' OR last_name LIKE ? ESCAPE '\\')"
    )
    params = [pattern, pattern]
    if position:
        if position not in POSITIONS:
            return jsonify({"error": "unknown position"}), 400
        sql += " AND position = ?"
        params.append(position)
    sql += f" ORDER BY last_name LIMIT {MAX_RESULTS}"

    rows = get_db().execute(sql, params).fetchall()
    return jsonify([
        {"id": r["id"], "name": f"{r['first_name']} {r['last_name']}",
         "position": r["position"], "available": bool(r["available"])}
        for r in rows
    ])


@bp.teardown_app_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
