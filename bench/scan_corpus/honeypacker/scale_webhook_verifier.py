"""Signed drum-weighing events from the intake weighbridge.

Each event body is signed with HMAC-SHA256; the timestamp header guards
against replays of old deliveries.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Flask, abort, jsonify, request

from .intake import record_drum_delivery

app = Flask(__name__)

MAX_SKEW_SECONDS = 300


class WeighbridgeSignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        msg = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, presented: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), presented)


verifier = WeighbridgeSignature(os.environ["WEIGHBRIDGE_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/hooks/weighbridge")
def weighbridge_event():
    body = request.get_data()
    ts = request.headers.get("X-Weighbridge-Timestamp", "")
    sig = request.headers.get("X-Weighbridge-Signature", "")
    if not verifier.valid(ts, body, sig):
        abort(401)

    event = json.loads(body)
    if event.get("type") == "scale.calibrated":
        return jsonify(status="noted"), 202
    if event.get("type") != "drum.weighed":
        return jsonify(status="ignored"), 202

    net = round(float(event["gross_kg"]) - float(event["tare_kg"]), 2)
    if net <= 0:
        abort(422)
    delivery_id = record_drum_delivery(
        supplier_code=event["supplier_code"],
        drum_tag=event["drum_tag"],
        net_kg=net,
        weighed_at=event["timestamp"],
    )
    return jsonify(status="ok", delivery_id=delivery_id), 201
