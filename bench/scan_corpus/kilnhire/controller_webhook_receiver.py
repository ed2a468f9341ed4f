"""Receives telemetry webhooks pushed by the kiln controller vendor cloud.

Each controller posts its thermocouple readings and segment state; the vendor
signs the raw body with a shared HMAC secret in ``X-Kiln-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

log = logging.getLogger(__name__)

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["KILN_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def _store_reading(reading: dict) -> None:
    from kilnhire.telemetry import readings_repo

    readings_repo.insert(
        kiln_id=reading["kiln_id"],
        segment=reading.get("segment"),
        temperature_c=float(reading["temp_c"]),
        setpoint_c=float(reading.get("setpoint_c", 0.0)),
        recorded_at=reading["ts"],
    )


@app.post("/hooks/controller")
def controller_hook():
    body = request.get_data()
    signature = request.headers.get("X-Kiln-Signature", "")
    if signature != _expected_signature(body):
        log.info("rejected controller webhook from %s", request.remote_addr)
        abort(401)

    try:
        payload = json.loads(body)
    except json.JSONDecodeError:
        abort(400)

    readings = payload.get("readings", [])
    for reading in readings:
        _store_reading(reading)
    log.info("stored %d readings for kiln %s", len(readings), payload.get("kiln_id"))
    return jsonify({"stored": len(readings)})
