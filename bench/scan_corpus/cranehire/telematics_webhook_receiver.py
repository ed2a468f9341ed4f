"""Receive event webhooks from the telematics vendor.

The vendor posts overload alarms, anemometer cut-outs and geofence breaches.
Each request carries an ``X-Vendor-Signature`` header holding the hex
HMAC-SHA256 of the raw body under our shared webhook secret.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

MAX_SKEW_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["TELEMATICS_WEBHOOK_SECRET"].encode()


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_webhook_secret(), message, hashlib.sha256).hexdigest()


def _dispatch(event: dict) -> None:
    kind = event.get("type")
    if kind == "overload.alarm":
        from alerts import page_duty_supervisor

        page_duty_supervisor(event["crane_id"], event["utilisation_pct"])
    elif kind == "wind.cutout":
        from alerts import notify_site

        notify_site(event["crane_id"], f"wind cut-out at {event['wind_ms']} m/s")
    else:
        log.info("ignoring telematics event type %s", kind)


@app.post("/hooks/telematics")
def telematics_hook():
    timestamp = request.headers.get("X-Vendor-Timestamp", "")
    signature = request.headers.get("X-Vendor-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        abort(400)
    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        abort(401)
    event = json.loads(body)
    _dispatch(event)
    return jsonify({"received": event.get("id")})
