"""Manage-booking links sent to customers after they reserve an arena slot."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("booking_links", __name__)
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])

CODE_ALPHABET = string.ascii_uppercase + string.digits
LINK_TTL = timedelta(days=30)


def new_manage_token() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=12))


def create_manage_link(booking_id: int) -> str:
    token = new_manage_token()
    expires = datetime.now(timezone.utc) + LINK_TTL
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO booking_links (booking_id, token, expires_at) "
                "VALUES (:booking_id, :token, :expires)"
            ),
            {"booking_id": booking_id, "token": token, "expires": expires},
        )
    base = os.environ.get("PUBLIC_SITE_URL", "").rstrip("/")
    return f"{base}/bookings/manage/{token}"


def _lookup(token: str):
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT b.id, b.slot_start, b.players, l.expires_at "
                "FROM booking_links l JOIN bookings b ON b.id = l.booking_id "
                "WHERE l.token = :token"
            ),
            {"token": token},
        ).first()


@bp.get("/bookings/manage/<token>")
def show_booking(token: str):
    row = _lookup(token)
    if row is None or row.expires_at < datetime.now(timezone.utc):
        abort(404)
    return jsonify({"booking": row.id, "slot": row.slot_start.isoformat(), "players": row.players})


@bp.post("/bookings/manage/<token>/cancel")
def cancel_booking(token: str):
    row = _lookup(token)
    if row is None or row.expires_at < datetime.now(timezone.utc):
        abort(404)
    reason = (request.get_json(silent=True) or {}).get("reason", "")[:200]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE bookings SET status = 'cancelled', cancel_reason = :r WHERE id = :id"),
            {"r": reason, "id": row.id},
        )
        conn.execute(text("DELETE FROM booking_links WHERE token = :t"), {"t": token})
    return jsonify({"cancelled": row.id})
