"""Rota API used by the seasonal staff phone app.

Staff sign in through the farm's identity provider, which issues an RS256
access token; the app then calls these endpoints to see and swap shifts.
"""
from __future__ import annotations

import os
import sqlite3

import jwt
from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config["ROTA_DB"] = os.environ.get("ROTA_DB", "/srv/pumpkinpatch/rota.sqlite3")
AUDIENCE = "rota-app"


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["ROTA_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def current_staff() -> dict:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        abort(401)
    token = header.removeprefix("Bearer ").strip()
    try:
        claims = jwt.decode(token, options={"verify_signature": False}, audience=AUDIENCE)
    except jwt.PyJWTError:
        abort(401)
    return claims


@app.get("/api/shifts")
def my_shifts():
    staff = current_staff()
    rows = db().execute(
        "SELECT id, day, start_time, end_time, area FROM shifts"
        " WHERE staff_id = ? AND day >= date('now') ORDER BY day, start_time",
        (staff["sub"],),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.post("/api/shifts/<int:shift_id>/swap")
def offer_swap(shift_id: int):
    staff = current_staff()
    shift = db().execute(
        "SELECT id FROM shifts WHERE id = ? AND staff_id = ?", (shift_id, staff["sub"])
    ).fetchone()
    if shift is None:
        abort(404)
    with db():
        db().execute(
            "INSERT INTO swap_offers (shift_id, offered_by) VALUES (?, ?)",
            (shift_id, staff["sub"]),
        )
    return jsonify({"status": "offered"}), 201


@app.get("/api/swaps")
def open_swaps():
    staff = current_staff()
    rows = db().execute(
        "SELECT o.id, s.day, s.start_time, s.area FROM swap_offers o"
        " JOIN shifts s ON s.id = o.shift_id"
        " WHERE o.taken_by IS NULL AND o.offered_by != ?",
        (staff["sub"],),
    ).fetchall()
    return jsonify([dict(r) for r in rows])
