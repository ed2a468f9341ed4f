"""Receive commission order events from the marketplace.

The marketplace posts a JSON event whenever a customer places, amends or
cancels a smocking commission.  Each request is signed with HMAC-SHA256
over the raw body using the shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .commissions import apply_commission_event

log = logging.getLogger(__name__)

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["MARKETPLACE_WEBHOOK_SECRET"]

SIGNATURE_HEADER = "X-Marketplace-Signature"
HANDLED_EVENTS = {"commission.created", "commission.amended", "commission.cancelled"}


def _expected_signature(body: bytes) -> str:
    secret = app.config["WEBHOOK_SECRET"].encode("utf-8")
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/commissions")
def commission_webhook():
    body = request.get_data()
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if supplied.removeprefix("sha256=") == _expected_signature(body):
        event = json.loads(body)
    else:
        log.warning("rejected commission webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event_type = event.get("type")
    if event_type not in HANDLED_EVENTS:
        return jsonify({"status": "ignored", "type": event_type}), 202

    order = event.get("data", {})
    apply_commission_event(event_type, order)
    log.info("applied %s for commission %s", event_type, order.get("id"))
    return jsonify({"status": "ok"}), 200
