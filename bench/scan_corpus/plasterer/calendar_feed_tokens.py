"""Private iCal feeds of each plasterer's booked jobs.

Crew subscribe to the feed URL in their phone calendar; the URL carries a
per-person token that the office can rotate if a phone is lost.
"""
import hashlib
import secrets
from datetime import date, timedelta

from flask import Blueprint, Response, abort, current_app
from icalendar import Calendar, Event

bp = Blueprint("calendar", __name__)


def new_feed_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(24)
    return token, hashlib.sha256(token.encode()).hexdigest()


def _token_matches(stored_digest: str, presented: str) -> bool:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    return secrets.compare_digest(digest, stored_digest)


def _build_calendar(member, bookings) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//PlasterPro//crew schedule//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Jobs - {member.first_name}")
    for b in bookings:
        ev = Event()
        ev.add("uid", f"booking-{b.id}@plasterpro")
        ev.add("summary", f"{b.job.reference}: {b.work_type}")
        ev.add("location", b.job.site_address)
        ev.add("dtstart", b.start_date)
        ev.add("dtend", b.end_date + timedelta(days=1))
        ev.add("description", f"Crew lead: {b.crew_lead_name}. Materials: {b.materials_note}")
        cal.add_component(ev)
    return cal.to_ical()


@bp.get("/calendar/<int:member_id>/<token>.ics")
def crew_feed(member_id: int, token: str):
    repo = current_app.extensions["crew_repo"]
    member = repo.get(member_id)
    if member is None or not member.feed_token_digest:
        abort(404)
    if not _token_matches(member.feed_token_digest, token):
        abort(404)
    bookings = repo.bookings_between(member_id, date.today() - timedelta(days=7),
                                     date.today() + timedelta(days=90))
    return Response(_build_calendar(member, bookings), mimetype="text/calendar")
