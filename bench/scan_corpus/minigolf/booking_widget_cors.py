"""JSON API behind the embeddable booking widget that franchisees put on their own sites."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, request, session
from sqlalchemy import create_engine, text

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["WIDGET_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
engine = create_engine(os.environ["WIDGET_DATABASE_URL"], pool_pre_ping=True)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE, OPTIONS"
        response.headers["Vary"] = "Origin"
    return response


def _member_id() -> int:
    member_id = session.get("member_id")
    if member_id is None:
        abort(401)
    return int(member_id)


@app.get("/widget/me/bookings")
def my_bookings():
    member_id = _member_id()
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT b.id, v.name AS venue, b.starts_at, b.players FROM bookings b "
                "JOIN venues v ON v.id = b.venue_id WHERE b.member_id = :mid "
                "AND b.starts_at >= CURRENT_TIMESTAMP ORDER BY b.starts_at"
            ),
            {"mid": member_id},
        ).mappings().all()
    return jsonify([dict(r, starts_at=r["starts_at"].isoformat()) for r in rows])


@app.get("/widget/me/profile")
def my_profile():
    member_id = _member_id()
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT display_name, email, phone, loyalty_points FROM members WHERE id = :mid"),
            {"mid": member_id},
        ).mappings().first()
    if row is None:
        abort(404)
    return jsonify(dict(row))


@app.delete("/widget/me/bookings/<int:booking_id>")
def cancel_booking(booking_id: int):
    member_id = _member_id()
    with engine.begin() as conn:
        result = conn.execute(
            text("DELETE FROM bookings WHERE id = :bid AND member_id = :mid"),
            {"bid": booking_id, "mid": member_id},
        )
    if result.rowcount == 0:
        abort(404)
    return "", 204
