"""Receive signed weighbridge events when beekeepers deliver honey drums.

The weighbridge controller posts gross/tare weights to this endpoint and
signs each body with HMAC-SHA256 using a shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .intake import record_drum_delivery

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["WEIGHBRIDGE_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/hooks/weighbridge")
def weighbridge_event():
    body = request.get_data()
    signature = request.headers.get("X-Weighbridge-Signature", "")
    if signature != _expected_signature(body):
        log.warning("rejected weighbridge event from %s", request.remote_addr)
        abort(401)

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    if event.get("type") != "drum.weighed":
        return jsonify(status="ignored"), 202

    gross = float(event["gross_kg"])
    tare = float(event["tare_kg"])
    if gross <= tare:
        abort(422)

    delivery_id = record_drum_delivery(
        supplier_code=event["supplier_code"],
        drum_tag=event["drum_tag"],
        net_kg=round(gross - tare, 2),
        weighed_at=event["timestamp"],
    )
    log.info("recorded drum %s for supplier %s", event["drum_tag"], event["supplier_code"])
    return jsonify(status="ok", delivery_id=delivery_id), 201


@app.get("/hooks/weighbridge/health")
def health():
    return jsonify(status="up")
