"""Public fixture lookup used by the league website and the captains' app."""
from __future__ import annotations

import sqlite3
from datetime import date

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config["FIXTURES_DB"] = "/srv/dartsleague/league.db"


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["FIXTURES_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def _row_to_fixture(row: sqlite3.Row) -> dict:
    return {
        "id": row["id"],
        "date": row["match_date"],
        "home": row["home_team"],
        "away": row["away_team"],
        "venue": row["venue"],
        "division": row["division"],
    }


@app.get("/api/fixtures")
def list_fixtures():
    team = request.args.get("team", "").strip()
    since = request.args.get("since", date.today().isoformat())
    sql = (
        "SELECT id, match_date, home_team, away_team, venue, division "
        "FROM fixtures WHERE match_date >= ?"
    )
    params: list = [since]
    if team:
        sql += f" AND (home_team = '{team}' OR away_team = '{team}')"
    sql += " ORDER BY match_date, id LIMIT 100"
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([_row_to_fixture(r) for r in rows])


@app.get("/api/fixtures/<int:fixture_id>")
def get_fixture(fixture_id: int):
    row = get_db().execute(
        "SELECT id, match_date, home_team, away_team, venue, division FROM fixtures WHERE id = ?",
        (fixture_id,),
    ).fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(_row_to_fixture(row))
