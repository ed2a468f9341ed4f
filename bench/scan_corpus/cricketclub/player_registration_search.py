"""Committee search over player registrations (membership category, fees, eligibility)."""
from __future__ import annotations

import sqlite3

from flask import Flask, current_app, g, jsonify, request, session, abort

app = Flask(__name__)
app.config.from_prefixed_env(prefix="CRICKETCLUB")

CATEGORIES = {"senior", "junior", "social", "student", "vice_president"}


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


def require_committee() -> None:
    if session.get("role") not in {"secretary", "treasurer", "chair"}:
        abort(403)


@app.get("/committee/registrations")
def search_registrations():
    require_committee()
    surname = request.args.get("surname", "").strip()
    season = request.args.get("season", type=int)
    if season is None:
        abort(400, "season is required")

    sql = (
        "SELECT r.id, p.first_name, p.last_name, r.category, r.fee_paid, r.registered_on "
        "FROM registrations r JOIN players p ON p.id = r.player_id "
        f"WHERE r.season = {season} AND p.last_name LIKE '{surname}%' "
        "ORDER BY p.last_name, p.first_name"
    )
    rows = get_db().execute(sql).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/committee/registrations/<int:registration_id>/category")
def change_category(registration_id: int):
    require_committee()
    category = request.get_json(force=True).get("category")
    if category not in CATEGORIES:
        abort(400, "unknown category")
    db = get_db()
    db.execute(
        "UPDATE registrations SET category = ? WHERE id = ?", (category, registration_id)
    )
    db.commit()
    return jsonify(status="updated", category=category)


@app.get("/committee/registrations/unpaid")
def unpaid():
    require_committee()
    season = request.args.get("season", type=int)
    rows = get_db().execute(
        "SELECT p.first_name, p.last_name, p.email, r.category FROM registrations r "
        "JOIN players p ON p.id = r.player_id WHERE r.season = ? AND r.fee_paid = 0",
        (season,),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
