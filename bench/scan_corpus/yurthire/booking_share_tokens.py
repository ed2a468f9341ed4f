"""Share links that let a wedding planner or venue view a booking's layout and timings."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, render_template
from flask_login import current_user, login_required
from sqlalchemy import text

from .db import get_engine

bp = Blueprint("booking_share", __name__)

SHARE_TTL = timedelta(days=30)


def _new_share_token() -> str:
    return secrets.token_urlsafe(32)


def _lookup_key(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@bp.post("/bookings/<int:booking_id>/share")
@login_required
def create_share(booking_id: int):
    if booking_id not in current_user.booking_ids:
        abort(403)
    token = _new_share_token()
    expires = datetime.now(timezone.utc) + SHARE_TTL
    with get_engine().begin() as conn:
        conn.execute(
            text(
                "INSERT INTO booking_shares (booking_id, token_sha256, expires_at, created_by) "
                "VALUES (:booking_id, :key, :expires, :user_id)"
            ),
            {"booking_id": booking_id, "key": _lookup_key(token), "expires": expires, "user_id": current_user.id},
        )
    url = f"{current_app.config['PUBLIC_BASE_URL']}/shared/{token}"
    return jsonify({"url": url, "expires": expires.isoformat()}), 201


@bp.get("/shared/<token>")
def view_share(token: str):
    with get_engine().connect() as conn:
        row = conn.execute(
            text(
                "SELECT b.ref, b.event_date, b.venue_name, b.layout_json "
                "FROM booking_shares s JOIN bookings b ON b.id = s.booking_id "
                "WHERE s.token_sha256 = :key AND s.expires_at > now() AND s.revoked_at IS NULL"
            ),
            {"key": _lookup_key(token)},
        ).first()
    if row is None:
        abort(404)
    return render_template("shared_booking.html", booking=row)
