"""Roster search used by team managers in the registration back office."""
from __future__ import annotations

import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("ROSTER")

DIVISIONS = {"U9", "U11", "U13", "U15", "U18"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DATABASE", "registration.db"))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/roster/search")
def search_roster():
    term = request.args.get("q", "").strip()
    division = request.args.get("division", "")
    if len(term) < 2:
        abort(400, "Search term must be at least two characters.")
    if division and division not in DIVISIONS:
        abort(400, "Unknown division.")

    db = get_db()
    rows = db.execute(
        f"SELECT p.id, p.first_name, p.last_name, p.birth_year, t.name AS team, t.division "
        f"FROM players p JOIN teams t ON t.id = p.team_id "
        f"WHERE p.last_name LIKE '{term}%' ORDER BY p.last_name, p.first_name LIMIT 50"
    ).fetchall()

    results = [dict(row) for row in rows if not division or row["division"] == division]
    return jsonify({"count": len(results), "players": results})


@app.get("/roster/<int:player_id>")
def player_detail(player_id: int):
    row = get_db().execute(
        "SELECT p.id, p.first_name, p.last_name, p.birth_year, p.position, t.name AS team "
        "FROM players p JOIN teams t ON t.id = p.team_id WHERE p.id = ?",
        (player_id,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))
