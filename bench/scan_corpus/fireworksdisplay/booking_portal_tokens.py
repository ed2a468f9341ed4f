"""Client booking portal: magic links that let a client review and sign a show quote."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import create_engine, text

bp = Blueprint("booking_links", __name__, url_prefix="/bookings")

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(days=7)

engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"], pool_pre_ping=True)


def _new_link_token() -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))


@bp.post("/<int:booking_id>/review-link")
def create_review_link(booking_id: int):
    with engine.begin() as conn:
        booking = conn.execute(
            text("SELECT id, client_email, status FROM bookings WHERE id = :id"),
            {"id": booking_id},
        ).mappings().first()
        if booking is None:
            abort(404)
        if booking["status"] not in ("quoted", "revised"):
            abort(409, description="booking is not awaiting client review")
        token = _new_link_token()
        expires_at = datetime.now(timezone.utc) + LINK_LIFETIME
        conn.execute(
            text(
                "INSERT INTO booking_review_links (booking_id, token, expires_at) "
                "VALUES (:booking_id, :token, :expires_at)"
            ),
            {"booking_id": booking_id, "token": token, "expires_at": expires_at},
        )
    base = current_app.config["PORTAL_BASE_URL"].rstrip("/")
    return jsonify({"url": f"{base}/review/{token}", "expires_at": expires_at.isoformat()}), 201


@bp.get("/review/<token>")
def open_review_link(token: str):
    with engine.connect() as conn:
        link = conn.execute(
            text(
                "SELECT l.booking_id, l.expires_at, b.show_date, b.venue_name, b.quote_total "
                "FROM booking_review_links l JOIN bookings b ON b.id = l.booking_id "
                "WHERE l.token = :token"
            ),
            {"token": token},
        ).mappings().first()
    if link is None or link["expires_at"] < datetime.now(timezone.utc):
        abort(404)
    return jsonify(
        {
            "booking_id": link["booking_id"],
            "show_date": link["show_date"].isoformat(),
            "venue": link["venue_name"],
            "quote_total": str(link["quote_total"]),
        }
    )
