"""Public availability calendar JSON with conditional GET support."""
from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

from flask import Blueprint, Response, abort, request

from .models import Booking, Hut

bp = Blueprint("calendar", __name__, url_prefix="/api/huts")

HORIZON_DAYS = 365


def booked_nights(hut: Hut, start: date, end: date) -> list[str]:
    nights: set[str] = set()
    for b in Booking.query.filter(
        Booking.hut_id == hut.id,
        Booking.status.in_(("confirmed", "held", "blocked")),
        Booking.departure > start,
        Booking.arrival < end,
    ):
        day = max(b.arrival, start)
        while day < min(b.departure, end):
            nights.add(day.isoformat())
            day += timedelta(days=1)
    return sorted(nights)


def calendar_etag(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/<slug>/calendar")
def hut_calendar(slug: str):
    hut = Hut.query.filter_by(slug=slug, is_listed=True).first()
    if hut is None:
        abort(404)
    start = date.today()
    payload = json.dumps(
        {
            "hut": hut.slug,
            "from": start.isoformat(),
            "booked": booked_nights(hut, start, start + timedelta(days=HORIZON_DAYS)),
            "min_nights": hut.min_nights,
            "changeover_days": hut.changeover_days,
        },
        separators=(",", ":"),
    ).encode("utf-8")
    etag = calendar_etag(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        payload,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=120"},
    )
