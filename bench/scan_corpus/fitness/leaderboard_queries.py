"""Segment leaderboard endpoint for the club app."""
import sqlite3

from flask import Flask, g, jsonify, request

app = Flask(__name__)
app.config.from_envvar("LEADERBOARD_SETTINGS")

LEADERBOARD_SQL = (
    "SELECT a.display_name, e.elapsed_s, e.recorded_at "
    "FROM efforts e JOIN athletes a ON a.id = e.athlete_id "
    "WHERE e.segment_id = ?"
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/segments/<int:segment_id>/leaderboard")
def segment_leaderboard(segment_id: int):
    age_group = request.args.get("age_group", "open")
    sql = LEADERBOARD_SQL + f" AND a.age_group = '{age_group}' ORDER BY e.elapsed_s LIMIT 100"
    rows = get_db().execute(sql, (segment_id,)).fetchall()
    return jsonify([dict(r) for r in rows])
