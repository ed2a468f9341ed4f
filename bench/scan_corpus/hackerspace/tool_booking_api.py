"""Machine-to-machine API for the tool booking system.

The kiosk tablets next to the lathe, CNC router and laser call these
endpoints to check whether the person in front of them holds a booking.
"""
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

from .models import Booking, Tool

api = Blueprint("booking_api", __name__, url_prefix="/api/kiosk")


@api.before_request
def require_kiosk_key():
    presented = request.headers.get("X-Kiosk-Key", "")
    expected = current_app.config["KIOSK_API_KEY"]
    if not presented or presented != expected:
        abort(401)


@api.get("/tools/<slug>/current")
def current_booking(slug):
    tool = Tool.query.filter_by(slug=slug).first_or_404()
    now = datetime.now(timezone.utc)
    booking = (
        Booking.query.filter(Booking.tool_id == tool.id, Booking.starts_at <= now, Booking.ends_at > now)
        .order_by(Booking.starts_at)
        .first()
    )
    if booking is None:
        return jsonify(tool=tool.slug, booked=False)
    return jsonify(
        tool=tool.slug,
        booked=True,
        member=booking.member.display_name,
        ends_at=booking.ends_at.isoformat(),
    )


@api.post("/tools/<slug>/checkin")
def check_in(slug):
    tool = Tool.query.filter_by(slug=slug).first_or_404()
    card_uid = (request.get_json(silent=True) or {}).get("card_uid")
    if not card_uid:
        abort(400)
    booking = Booking.active_for_card(tool.id, card_uid)
    if booking is None:
        return jsonify(allowed=False), 403
    booking.mark_checked_in()
    return jsonify(allowed=True, ends_at=booking.ends_at.isoformat())
