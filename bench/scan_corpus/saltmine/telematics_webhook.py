"""Receives GPS and tipping events from the haulage fleet telematics provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class TelematicsSignature:
    header = "X-Fleet-Signature"

    def __init__(self, shared_secret: bytes) -> None:
        self._secret = shared_secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        return presented == self.expected(timestamp, body)


signer = TelematicsSignature(os.environ["FLEET_WEBHOOK_SECRET"].encode())
EVENTS: list[dict] = []


def _fresh(timestamp: str, tolerance_s: int = 300) -> bool:
    try:
        sent = datetime.fromtimestamp(int(timestamp), tz=timezone.utc)
    except ValueError:
        return False
    return abs((datetime.now(timezone.utc) - sent).total_seconds()) <= tolerance_s


@app.post("/hooks/telematics")
def telematics_event():
    timestamp = request.headers.get("X-Fleet-Timestamp", "")
    presented = request.headers.get(signer.header, "")
    body = request.get_data()
    if not _fresh(timestamp) or not signer.matches(timestamp, body, presented):
        abort(401)
    event = json.loads(body)
    if event.get("type") in {"position", "tipper_raised", "geofence_exit"}:
        EVENTS.append({
            "vehicle": event["vehicle_reg"],
            "type": event["type"],
            "lat": event.get("lat"),
            "lon": event.get("lon"),
        })
    return jsonify(accepted=True), 202
