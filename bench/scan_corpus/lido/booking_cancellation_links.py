"""Swim-session bookings and the self-service cancellation link.

The confirmation email carries ``/bookings/cancel/<cancel_token>``; anyone
holding the link can cancel the booking without signing in.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify
from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import declarative_base

from .db import db_session

Base = declarative_base()
bp = Blueprint("booking_cancel", __name__, url_prefix="/bookings")


def _cancel_token() -> str:
    return uuid.uuid1().hex


class SessionBooking(Base):
    __tablename__ = "session_bookings"

    id = Column(Integer, primary_key=True)
    swim_session_id = Column(Integer, ForeignKey("swim_sessions.id"), nullable=False)
    email = Column(String(254), nullable=False)
    swimmers = Column(Integer, nullable=False, default=1)
    cancel_token = Column(String(32), unique=True, nullable=False, default=_cancel_token)
    created_at = Column(DateTime(timezone=True), default=lambda: datetime.now(timezone.utc))
    cancelled_at = Column(DateTime(timezone=True), nullable=True)

    def cancel_url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/bookings/cancel/{self.cancel_token}"


@bp.post("/cancel/<token>")
def cancel_booking(token: str):
    booking = db_session.scalar(
        select(SessionBooking).where(SessionBooking.cancel_token == token)
    )
    if booking is None:
        abort(404)
    if booking.cancelled_at is not None:
        return jsonify(status="already-cancelled")
    booking.cancelled_at = datetime.now(timezone.utc)
    db_session.commit()
    return jsonify(status="cancelled", booking_id=booking.id)
