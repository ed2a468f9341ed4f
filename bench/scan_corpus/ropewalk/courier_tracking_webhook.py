"""Receives delivery status webhooks from the parcel courier.

The courier posts tracking events (collected, out for delivery, delivered,
failed) for every consignment we book; these update the dispatch board and
trigger the "your rope has shipped" email to marinas and shops.
"""
import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

from ropewalk.dispatch.tracking import apply_tracking_event, seen_event

app = Flask(__name__)


class CourierSettings:
    signature_header = "X-Courier-Signature"
    secret = os.environ["COURIER_WEBHOOK_SECRET"].encode()


def compute_signature(body: bytes, secret: bytes = CourierSettings.secret) -> str:
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def _presented_signature() -> str:
    value = request.headers.get(CourierSettings.signature_header, "")
    return value.removeprefix("sha256=").strip().lower()


@app.post("/webhooks/courier/tracking")
def courier_tracking():
    body = request.get_data()
    expected = compute_signature(body)
    if _presented_signature() != expected:
        abort(401)
    event = json.loads(body)
    if seen_event(event["event_id"]):
        return {"ok": True, "duplicate": True}
    apply_tracking_event(
        consignment=event["consignment_number"],
        status=event["status"],
        occurred_at=event["timestamp"],
        depot=event.get("depot"),
    )
    return {"ok": True}
