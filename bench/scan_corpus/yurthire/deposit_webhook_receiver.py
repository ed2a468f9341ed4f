"""Receives damage-deposit events (hold placed, captured, released) from the card processor."""

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .deposits import DepositRepository

app = Flask(__name__)
log = logging.getLogger("deposits.webhook")

WEBHOOK_SECRET = os.environ["DEPOSIT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300
HANDLED_EVENTS = {"hold.created", "hold.captured", "hold.released", "hold.expired"}


def _expected_signature(timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def _parse_header(header: str) -> dict:
    parts = {}
    for item in header.split(","):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    return parts


@app.post("/webhooks/deposits")
def deposit_event():
    fields = _parse_header(request.headers.get("X-Processor-Signature", ""))
    timestamp, signature = fields.get("t"), fields.get("v1")
    if not timestamp or not signature or not timestamp.isdigit():
        abort(400)
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        abort(400)
    body = request.get_data()
    if signature != _expected_signature(timestamp, body):
        abort(401)

    event = json.loads(body)
    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return jsonify({"ignored": event_type}), 200

    hold = event["data"]["object"]
    repo = DepositRepository.from_app(app)
    booking_ref = hold.get("metadata", {}).get("booking_ref")
    if not booking_ref:
        log.warning("deposit event %s without booking reference", event.get("id"))
        return jsonify({"ignored": "no booking"}), 200

    if event_type == "hold.created":
        repo.mark_held(booking_ref, hold["id"], hold["amount"])
    elif event_type == "hold.captured":
        repo.mark_captured(booking_ref, hold["amount_captured"])
    else:
        repo.mark_released(booking_ref)
    log.info("deposit %s for booking %s -> %s", hold["id"], booking_ref, event_type)
    return jsonify({"ok": True})
