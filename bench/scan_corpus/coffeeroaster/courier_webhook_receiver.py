"""Receives tracking events from the parcel courier.

The courier posts JSON events (label printed, picked up, delivered,
returned) and signs each body with HMAC-SHA256 using the webhook secret
shown in their merchant dashboard.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

from shipping.tracking import record_event

app = Flask(__name__)
log = logging.getLogger("shipping.webhooks")

WEBHOOK_SECRET = os.environ["COURIER_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "X-Courier-Signature"
KNOWN_EVENTS = {"label.created", "parcel.collected", "parcel.delivered", "parcel.returned"}


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/courier")
def courier_event():
    body = request.get_data(cache=False)
    provided = request.headers.get(SIGNATURE_HEADER, "").removeprefix("sha256=")
    if not provided or expected_signature(body) != provided:
        log.warning("courier webhook with bad signature from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    event_type = event.get("type")
    if event_type not in KNOWN_EVENTS:
        log.info("ignoring courier event type %s", event_type)
        return ("", 204)

    parcel = event.get("parcel") or {}
    record_event(
        tracking_number=parcel.get("tracking_number"),
        order_reference=parcel.get("reference"),
        event_type=event_type,
        occurred_at=event.get("occurred_at"),
    )
    log.info(
        "courier event %s for order %s", event_type, parcel.get("reference")
    )
    return ("", 204)


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
