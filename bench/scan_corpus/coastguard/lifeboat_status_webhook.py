"""Receives launch/recovery status pushed by lifeboat station terminals."""
import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

bp = Blueprint("station_webhook", __name__)

MAX_SKEW_SECONDS = 300


def _station_secret(station_code: str) -> bytes | None:
    value = os.environ.get(f"STATION_HOOK_SECRET_{station_code.upper()}")
    return value.encode() if value else None


@bp.post("/hooks/station/<station_code>")
def station_status(station_code: str):
    secret = _station_secret(station_code)
    if secret is None:
        abort(404)
    timestamp = request.headers.get("X-Timestamp", "0")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(401)
    body = request.get_data()
    expected = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    supplied = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(expected, supplied):
        abort(401)

    event = json.loads(body)
    from .events import publish
    publish("station.status", {"station": station_code, **event})
    return {"ok": True}
