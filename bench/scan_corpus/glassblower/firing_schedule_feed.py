"""Public JSON feed of the week's kiln and glory-hole firing schedule."""

import hashlib
import json
from datetime import date, timedelta

from flask import Blueprint, Response, request

from hotshop.kilns import scheduled_firings

bp = Blueprint("firing_feed", __name__, url_prefix="/schedule")


def _week_bounds(start: date | None) -> tuple[date, date]:
    start = start or date.today()
    monday = start - timedelta(days=start.weekday())
    return monday, monday + timedelta(days=7)


def _render(firings: list[dict]) -> bytes:
    return json.dumps(firings, sort_keys=True, default=str, separators=(",", ":")).encode()


def _etag_for(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


@bp.get("/firings.json")
def firings_feed():
    start_param = request.args.get("week_of")
    start = date.fromisoformat(start_param) if start_param else None
    week_start, week_end = _week_bounds(start)
    firings = [
        {
            "kiln": f.kiln_name,
            "program": f.program_name,
            "starts_at": f.starts_at,
            "peak_c": f.peak_temperature_c,
        }
        for f in scheduled_firings(week_start, week_end)
    ]
    body = _render(firings)
    etag = _etag_for(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )
