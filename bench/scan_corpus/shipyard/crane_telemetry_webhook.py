"""Receive load-cell and anemometer events from the crane vendor's cloud.

The vendor signs each delivery with HMAC-SHA256 over ``timestamp.body``
and sends ``t=<unix>,v1=<hex>`` in ``X-Crane-Signature``.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, jsonify, request

from cranes.monitoring import record_load, record_wind

bp = Blueprint("crane_events", __name__)

TOLERANCE_S = 300


def _parse_header(value: str) -> dict:
    return dict(part.split("=", 1) for part in value.split(",") if "=" in part)


@bp.post("/hooks/crane-events")
def crane_events():
    parts = _parse_header(request.headers.get("X-Crane-Signature", ""))
    ts, sig = parts.get("t", ""), parts.get("v1", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > TOLERANCE_S:
        abort(400)
    secret = os.environ["CRANE_VENDOR_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, ts.encode() + b"." + request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        abort(401)

    event = request.get_json(force=True)
    if event["type"] == "load":
        record_load(event["crane_id"], float(event["tonnes"]), event["at"])
    elif event["type"] == "wind":
        record_wind(event["crane_id"], float(event["gust_ms"]), event["at"])
    else:
        return jsonify({"ignored": event["type"]}), 202
    return jsonify({"ok": True})
