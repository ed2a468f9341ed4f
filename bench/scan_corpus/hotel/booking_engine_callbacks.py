"""Callbacks from the direct booking engine (Flask).

Every callback carries ``X-BE-Timestamp`` and ``X-BE-Signature``; the
signature is HMAC-SHA256 over ``timestamp.body`` with the shared secret.
Callbacks older than five minutes are rejected to stop replays.
"""
import hashlib
import hmac
import os
import time

from flask import Blueprint, abort, current_app, request

bp = Blueprint("booking_engine", __name__, url_prefix="/callbacks/booking-engine")

MAX_SKEW = 300
HANDLED = {"booking.confirmed", "booking.cancelled", "payment.captured"}


def _expected(timestamp: str, body: bytes) -> str:
    secret = os.environ["BOOKING_ENGINE_SECRET"].encode()
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _verify(req) -> None:
    ts = req.headers.get("X-BE-Timestamp", "")
    sig = req.headers.get("X-BE-Signature", "")
    if not ts.isdigit() or abs(time.time() - int(ts)) > MAX_SKEW:
        abort(401)
    if not hmac.compare_digest(_expected(ts, req.get_data()), sig):
        abort(401)


@bp.post("/events")
def events():
    _verify(request)
    event = request.get_json()
    if event.get("type") == "ping":
        return {"pong": True}
    if event.get("type") not in HANDLED:
        return {"ignored": True}, 202
    current_app.extensions["event_bus"].publish("booking_engine", event)
    return {"ok": True}, 202
