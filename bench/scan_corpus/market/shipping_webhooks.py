"""Callbacks from the courier integration for physical-goods orders."""
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

from .orders import record_tracking_event

bp = Blueprint("shipping_webhooks", __name__, url_prefix="/hooks/shipping")


@bp.post("/events")
def courier_event():
    body = request.get_data()
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    provided = request.headers.get("X-Courier-Signature", "")
    if not hmac.compare_digest(expected, provided):
        abort(401)
    event = request.get_json()
    if event.get("status") == "":
        abort(400)
    record_tracking_event(event["order_ref"], event["status"], event.get("location"))
    return {"received": True}
