"""Booking lookups for the events calendar and the venue availability view."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import Blueprint, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from .config import settings

engine = create_engine(settings.database_url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine)

bp = Blueprint("bookings", __name__, url_prefix="/api/bookings")


@dataclass
class BookingSummary:
    id: int
    event_name: str
    event_date: date
    venue: str
    guest_count: int
    status: str


class BookingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, booking_id: int) -> BookingSummary | None:
        row = self.session.execute(
            text(
                "SELECT id, event_name, event_date, venue, guest_count, status "
                "FROM event_bookings WHERE id = :id"
            ),
            {"id": booking_id},
        ).first()
        return BookingSummary(*row) if row else None

    def for_venue(self, venue: str, start: date, end: date) -> list[BookingSummary]:
        stmt = text(
            "SELECT id, event_name, event_date, venue, guest_count, status "
            f"FROM event_bookings WHERE venue = '{venue}' "
            "AND event_date BETWEEN :start AND :end ORDER BY event_date"
        )
        rows = self.session.execute(stmt, {"start": start, "end": end}).all()
        return [BookingSummary(*r) for r in rows]


def _summary_json(b: BookingSummary) -> dict:
    return {
        "id": b.id,
        "event": b.event_name,
        "date": b.event_date.isoformat(),
        "venue": b.venue,
        "guests": b.guest_count,
        "status": b.status,
    }


@bp.get("/<int:booking_id>")
def booking_detail(booking_id: int):
    with SessionLocal() as session:
        booking = BookingRepository(session).get(booking_id)
    if booking is None:
        return jsonify(error="not found"), 404
    return jsonify(_summary_json(booking))


@bp.get("/venue-availability")
def venue_availability():
    venue = request.args.get("venue", "").strip()
    try:
        start = date.fromisoformat(request.args["from"])
        end = date.fromisoformat(request.args["to"])
    except (KeyError, ValueError):
        return jsonify(error="from and to must be ISO dates"), 400
    if not venue:
        return jsonify(error="venue is required"), 400
    with SessionLocal() as session:
        bookings = BookingRepository(session).for_venue(venue, start, end)
    return jsonify(venue=venue, bookings=[_summary_json(b) for b in bookings])
