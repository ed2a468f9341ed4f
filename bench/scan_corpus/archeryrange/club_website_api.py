"""JSON API behind the club website's booking calendar and member area.

The calendar front end is served from a separate static host, so the API
answers cross-origin requests and relies on the member's session cookie.
"""
from __future__ import annotations

import os
from datetime import date, timedelta

from flask import Flask, abort, jsonify, request, session

from .db import get_db

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CLUB_API_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Vary"] = "Origin"
    return response


def _member_id() -> int:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    return member_id


@app.get("/api/calendar")
def calendar():
    start = date.fromisoformat(request.args.get("from", date.today().isoformat()))
    end = start + timedelta(days=14)
    rows = get_db().execute(
        "SELECT lane, start_at, end_at FROM lane_bookings "
        "WHERE cancelled = 0 AND start_at >= ? AND start_at < ? ORDER BY start_at",
        (start.isoformat(), end.isoformat()),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/api/me/bookings")
def my_bookings():
    rows = get_db().execute(
        "SELECT id, lane, start_at, end_at FROM lane_bookings "
        "WHERE member_id = ? AND cancelled = 0 ORDER BY start_at",
        (_member_id(),),
    ).fetchall()
    return jsonify([dict(r) for r in rows])


@app.delete("/api/me/bookings/<int:booking_id>")
def cancel_booking(booking_id: int):
    db = get_db()
    cur = db.execute(
        "UPDATE lane_bookings SET cancelled = 1 WHERE id = ? AND member_id = ?",
        (booking_id, _member_id()),
    )
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return jsonify({"cancelled": booking_id})
