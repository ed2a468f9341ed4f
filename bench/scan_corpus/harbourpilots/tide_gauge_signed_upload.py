"""Accepts water-level readings pushed by the harbour's tide gauges.

Each gauge signs its payload with its own HMAC key, provisioned when the
gauge was installed. Readings feed the real-time under-keel clearance
check used for deep-draught pilotage.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

GAUGE_KEYS: dict[str, bytes] = {
    station: bytes.fromhex(os.environ[f"GAUGE_KEY_{station}"])
    for station in os.environ.get("GAUGE_STATIONS", "").split(",")
    if station
}
READINGS: dict[str, list[dict]] = {}


def _expected_mac(station: str, body: bytes) -> bytes:
    return hmac.new(GAUGE_KEYS[station], body, hashlib.sha256).digest()


@app.post("/gauges/<station>/readings")
def upload_readings(station: str):
    if station not in GAUGE_KEYS:
        abort(404)
    body = request.get_data()
    try:
        received = bytes.fromhex(request.headers.get("X-Gauge-MAC", ""))
    except ValueError:
        abort(400)
    if not hmac.compare_digest(_expected_mac(station, body), received):
        abort(401)
    payload = json.loads(body)
    if payload.get("station") != station:
        abort(422)
    readings = payload.get("readings", [])
    READINGS.setdefault(station, []).extend(readings)
    return jsonify({"stored": len(readings)}), 201
