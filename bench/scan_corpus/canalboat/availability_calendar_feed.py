"""Public iCalendar feeds of boat availability.

Partner booking sites poll these feeds every few minutes. Each response
carries an ETag so unchanged calendars are answered with 304 Not Modified.
"""
import hashlib
from datetime import date, timedelta

from flask import Blueprint, Response, request

from canalboat.models import Boat, Booking
from canalboat.settings import settings

bp = Blueprint("calendar_feed", __name__)

HORIZON = timedelta(days=settings.FEED_HORIZON_DAYS)


def _build_calendar(boat: Boat) -> str:
    today = date.today()
    bookings = (
        Booking.query.filter(Booking.boat_id == boat.id, Booking.status != "cancelled")
        .filter(Booking.end_date >= today, Booking.start_date <= today + HORIZON)
        .order_by(Booking.start_date)
    )
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Canalboat Hire//Availability//EN"]
    for booking in bookings:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{boat.id}-{booking.id}@availability",
            f"DTSTART;VALUE=DATE:{booking.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{booking.end_date:%Y%m%d}",
            "SUMMARY:Unavailable",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


@bp.get("/feeds/boats/<int:boat_id>.ics")
def boat_feed(boat_id: int):
    boat = Boat.query.get_or_404(boat_id)
    body = _build_calendar(boat)
    etag = hashlib.sha256(body.encode("utf-8")).hexdigest()
    if request.headers.get("If-None-Match", "").strip('"') == etag:
        return Response(status=304)
    resp = Response(body, mimetype="text/calendar")
    resp.set_etag(etag)
    resp.cache_control.public = True
    resp.cache_control.max_age = 300
    return resp
