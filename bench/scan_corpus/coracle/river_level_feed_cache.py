"""Public river-level feed.

Serves the latest gauge readings for the stretches we hire on, so the
website banner and the tourist-office screens can show whether the river
is open. Responses carry an ETag so the screens can poll cheaply.
"""

import hashlib
import json
from datetime import datetime, timezone

from flask import Flask, Response, request

from coracle.gauges import latest_readings

app = Flask(__name__)

STATUS_THRESHOLDS = {"open": 0.9, "caution": 1.4}


def _status_for(level_m: float) -> str:
    if level_m <= STATUS_THRESHOLDS["open"]:
        return "open"
    if level_m <= STATUS_THRESHOLDS["caution"]:
        return "caution"
    return "closed"


def build_feed() -> bytes:
    readings = latest_readings()
    payload = {
        "as_of": max((r.read_at for r in readings), default=datetime.now(timezone.utc)).isoformat(),
        "stations": [
            {
                "station": r.station_code,
                "level_m": r.level_m,
                "status": _status_for(r.level_m),
            }
            for r in readings
        ],
    }
    return json.dumps(payload, sort_keys=True).encode("utf-8")


def feed_etag(body: bytes) -> str:
    return '"' + hashlib.md5(body).hexdigest() + '"'


@app.get("/api/river-levels")
def river_levels() -> Response:
    body = build_feed()
    etag = feed_etag(body)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=60"},
    )
