"""Receives status callbacks from the courier that delivers hot boxes to event venues."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .deliveries import DeliveryStore

app = Flask(__name__)
log = logging.getLogger("deliveries.webhook")

COURIER_SECRET = os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")
KNOWN_EVENTS = {"picked_up", "in_transit", "delivered", "failed"}

store = DeliveryStore.from_env()


def _signature_ok(body: bytes, header_value: str) -> bool:
    scheme, _, provided = header_value.partition("=")
    if scheme != "sha256" or not provided:
        return False
    expected = hmac.new(COURIER_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided)


@app.post("/webhooks/courier")
def courier_callback():
    body = request.get_data()
    if not _signature_ok(body, request.headers.get("X-Courier-Signature", "")):
        abort(401)

    event = json.loads(body)
    event_type = event.get("event")
    if event_type not in KNOWN_EVENTS:
        return jsonify(status="ignored"), 202

    delivery_ref = str(event.get("reference", ""))
    delivery = store.get(delivery_ref)
    if delivery is None:
        log.warning("courier callback for unknown delivery %s", delivery_ref)
        return jsonify(status="unknown delivery"), 404

    if event_type == "delivered":
        store.mark_delivered(delivery_ref, event.get("signed_by"), event.get("timestamp"))
    elif event_type == "failed":
        store.flag_failure(delivery_ref, event.get("reason", "unspecified"))
    else:
        store.update_status(delivery_ref, event_type)
    log.info("delivery %s is now %s", delivery_ref, event_type)
    return jsonify(status="ok")
