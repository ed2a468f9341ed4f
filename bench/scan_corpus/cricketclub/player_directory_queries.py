"""Player directory for captains picking teams: search by name and availability."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, abort, current_app, g, jsonify, request, session

app = Flask(__name__)
app.config.from_prefixed_env(prefix="CRICKETCLUB")


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["REGISTRATIONS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def require_captain() -> None:
    if session.get("role") not in {"captain", "vice_captain", "secretary"}:
        abort(403)


@app.get("/captains/players")
def search_players():
    require_captain()
    surname = request.args.get("surname", "").strip()
    season = request.args.get("season", type=int) or date.today().year
    rows = get_db().execute(
        "SELECT p.id, p.first_name, p.last_name, p.batting_hand, p.bowling_style "
        "FROM players p JOIN registrations r ON r.player_id = p.id "
        "WHERE r.season = ? AND p.last_name LIKE ? ESCAPE '\\' "
        "ORDER BY p.last_name, p.first_name",
        (season, surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/captains/availability/<match_date>")
def availability(match_date: str):
    require_captain()
    try:
        day = date.fromisoformat(match_date)
    except ValueError:
        abort(400, "date must be YYYY-MM-DD")
    team = request.args.get("team", "")
    rows = get_db().execute(
        "SELECT p.first_name, p.last_name, a.status, a.note FROM availability a "
        "JOIN players p ON p.id = a.player_id "
        "WHERE a.match_date = ? AND (? = '' OR a.preferred_team = ?) "
        "ORDER BY a.status, p.last_name",
        (day.isoformat(), team, team),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
