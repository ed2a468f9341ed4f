"""Receiver for van telematics webhooks.

The telematics provider posts geofence arrivals and departures for each van.
Arrivals at a pub's geofence mark the delivery stop as "on site" so the
landlord sees the dray is outside.
"""
import hashlib
import hmac
import logging

from flask import Blueprint, abort, request

from drayman.routes import mark_stop_arrived, mark_stop_departed
from drayman.settings import settings

bp = Blueprint("telematics", __name__, url_prefix="/hooks/telematics")
log = logging.getLogger(__name__)


class SignatureCheck:
    def __init__(self, secret: bytes, header: str = "X-Fleet-Signature"):
        self.secret = secret
        self.header = header

    def expected(self, body: bytes, timestamp: str) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()

    def matches(self, req) -> bool:
        provided = req.headers.get(self.header, "")
        timestamp = req.headers.get("X-Fleet-Timestamp", "")
        expected = self.expected(req.get_data(), timestamp)
        return provided == expected


checker = SignatureCheck(settings.TELEMATICS_WEBHOOK_SECRET.encode())


@bp.post("/geofence")
def geofence_event():
    if not checker.matches(request):
        abort(401)
    event = request.get_json()
    van_id = event["vehicle"]["registration"]
    fence_ref = event["geofence"]["reference"]
    if not fence_ref.startswith("PUB-"):
        return "", 204
    stop_pub_id = int(fence_ref.removeprefix("PUB-"))
    if event["type"] == "enter":
        mark_stop_arrived(van_id, stop_pub_id, at=event["occurred_at"])
    elif event["type"] == "exit":
        mark_stop_departed(van_id, stop_pub_id, at=event["occurred_at"])
    else:
        log.info("ignoring geofence event type %s", event["type"])
    return "", 204
