"""Search endpoint for the care-records app used by grooms and the vet team."""
from __future__ import annotations

import os
import sqlite3

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["CARE_DB_PATH"] = os.environ.get("CARE_DB_PATH", "/srv/care/care_records.db")

MAX_RESULTS = 50


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["CARE_DB_PATH"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/api/care-notes/search")
def search_care_notes():
    term = request.args.get("q", "").strip()
    if len(term) < 2:
        abort(400, "search term too short")

    sql = (
        "SELECT n.id, d.name AS donkey, n.category, n.note, n.recorded_at "
        "FROM care_notes n JOIN donkeys d ON d.id = n.donkey_id "
        f"WHERE d.name LIKE '%{term}%' OR n.note LIKE '%{term}%' "
        "ORDER BY n.recorded_at DESC LIMIT ?"
    )
    rows = get_db().execute(sql, (MAX_RESULTS,)).fetchall()
    return jsonify([dict(row) for row in rows])


@app.get("/api/donkeys/<int:donkey_id>/care-notes")
def notes_for_donkey(donkey_id: int):
    rows = get_db().execute(
        "SELECT id, category, note, recorded_at FROM care_notes "
        "WHERE donkey_id = ? ORDER BY recorded_at DESC LIMIT ?",
        (donkey_id, MAX_RESULTS),
    ).fetchall()
    return jsonify([dict(row) for row in rows])
