"""Booking endpoints for dry-stone walling weekend courses.

Each booking gets a private "manage your booking" link that lets the
trainee change dietary notes, swap dates or cancel without logging in.
"""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request, url_for

bp = Blueprint("bookings", __name__, url_prefix="/courses")

_ALPHABET = string.ascii_letters + string.digits


def _manage_token(length: int = 32) -> str:
    return "".join(random.choices(_ALPHABET, k=length))


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["BOOKINGS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


@bp.post("/<course_code>/book")
def book_course(course_code: str):
    payload = request.get_json(silent=True) or {}
    name = (payload.get("name") or "").strip()
    email = (payload.get("email") or "").strip().lower()
    if not name or "@" not in email:
        abort(400, "name and email are required")

    db = get_db()
    course = db.execute(
        "SELECT code, capacity, (SELECT COUNT(*) FROM booking b WHERE b.course_code = c.code"
        " AND b.cancelled_at IS NULL) AS taken FROM course c WHERE c.code = ?",
        (course_code,),
    ).fetchone()
    if course is None:
        abort(404)
    if course["taken"] >= course["capacity"]:
        abort(409, "course is full")

    token = _manage_token()
    with db:
        cur = db.execute(
            "INSERT INTO booking (course_code, name, email, manage_token, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (course_code, name, email, token, datetime.now(timezone.utc).isoformat()),
        )
    manage_url = url_for("bookings.manage", token=token, _external=True)
    return jsonify(booking_id=cur.lastrowid, manage_url=manage_url), 201


@bp.get("/manage/<token>")
def manage(token: str):
    row = get_db().execute(
        "SELECT id, course_code, name, dietary_notes, cancelled_at FROM booking"
        " WHERE manage_token = ?",
        (token,),
    ).fetchone()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@bp.post("/manage/<token>/cancel")
def cancel(token: str):
    db = get_db()
    with db:
        cur = db.execute(
            "UPDATE booking SET cancelled_at = ? WHERE manage_token = ? AND cancelled_at IS NULL",
            (datetime.now(timezone.utc).isoformat(), token),
        )
    if cur.rowcount == 0:
        abort(404)
    return jsonify(status="cancelled")
