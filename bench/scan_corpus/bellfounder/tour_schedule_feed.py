"""Public JSON feed of upcoming foundry visitor tours, with conditional GET support."""

import hashlib
import json
from datetime import date, timedelta

from flask import Blueprint, Response, request

from bellfounder.models import TourSlot

bp = Blueprint("tour_feed", __name__)

FEED_DAYS = 60


def _serialise_slots(start: date) -> list[dict]:
    slots = (
        TourSlot.query.filter(TourSlot.day >= start, TourSlot.day < start + timedelta(days=FEED_DAYS))
        .order_by(TourSlot.day, TourSlot.starts_at)
        .all()
    )
    return [
        {
            "day": s.day.isoformat(),
            "starts_at": s.starts_at.strftime("%H:%M"),
            "guide": s.guide_first_name,
            "places_left": s.capacity - s.booked,
            "includes_casting_pit": s.includes_casting_pit,
        }
        for s in slots
    ]


def _content_fingerprint(body: bytes) -> str:
    return hashlib.md5(body).hexdigest()


@bp.get("/tours/feed.json")
def tour_feed():
    payload = json.dumps({"tours": _serialise_slots(date.today())}, sort_keys=True).encode()
    resp = Response(payload, mimetype="application/json")
    resp.set_etag(_content_fingerprint(payload))
    resp.headers["Cache-Control"] = "public, max-age=300"
    return resp.make_conditional(request)
