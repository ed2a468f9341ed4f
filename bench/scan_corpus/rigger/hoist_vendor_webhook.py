"""Receive service events from the hoist rental vendor.

The vendor posts JSON events (motor swapped, brake service due, load-cell
recalibrated) and signs the raw body with HMAC-SHA256 using a shared
secret configured on both sides.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("highline.vendor_webhook")

WEBHOOK_SECRET = os.environ["HOIST_VENDOR_WEBHOOK_SECRET"].encode()
HANDLED = {"motor.swapped", "brake.service_due", "loadcell.recalibrated"}


def compute_signature(body: bytes, secret: bytes = WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def record_event(event: dict) -> None:
    from .db import get_db

    db = get_db()
    db.execute(
        "INSERT INTO vendor_events (event_type, motor_serial, payload) VALUES (?, ?, ?)",
        (event["type"], event.get("motor_serial"), json.dumps(event)),
    )
    db.commit()


@app.post("/webhooks/hoist-vendor")
def hoist_vendor_event():
    body = request.get_data()
    signature = request.headers.get("X-Vendor-Signature", "")
    expected = compute_signature(body)
    if signature != expected:
        log.warning("rejected vendor webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") not in HANDLED:
        return {"status": "ignored"}, 202
    record_event(event)
    log.info("vendor event %s for motor %s", event["type"], event.get("motor_serial"))
    return {"status": "ok"}
