"""Online booking endpoint for consultations and laser removal sessions.

After a booking is created the client receives an email with a link that
lets them reschedule or cancel without logging in to the portal.
"""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import datetime

from flask import Flask, abort, current_app, g, jsonify, request, url_for

app = Flask(__name__)
app.config.from_prefixed_env()

TOKEN_ALPHABET = string.ascii_letters + string.digits
BOOKABLE_SERVICES = {"consultation", "patch_test", "removal_session"}


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKING_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


def new_manage_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=32))


@app.post("/api/bookings")
def create_booking():
    payload = request.get_json(silent=True) or {}
    service = payload.get("service")
    if service not in BOOKABLE_SERVICES:
        abort(400, "unknown service")
    try:
        starts_at = datetime.fromisoformat(payload["starts_at"])
    except (KeyError, ValueError):
        abort(400, "starts_at must be an ISO timestamp")
    email = str(payload.get("email", "")).strip().lower()
    if "@" not in email:
        abort(400, "a valid email is required")

    token = new_manage_token()
    db = get_db()
    cur = db.execute(
        "INSERT INTO bookings (service, starts_at, email, manage_token, status) "
        "VALUES (?, ?, ?, ?, 'pending_deposit')",
        (service, starts_at.isoformat(), email, token),
    )
    db.commit()
    manage_url = url_for("manage_booking", token=token, _external=True)
    return jsonify({"booking_id": cur.lastrowid, "manage_url": manage_url}), 201


@app.get("/bookings/manage/<token>")
def manage_booking(token: str):
    row = get_db().execute(
        "SELECT id, service, starts_at, status FROM bookings WHERE manage_token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.teardown_appcontext
def close_db(_exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
