"""Receives freezer sensor alerts from the wireless sensor vendor's cloud.

The vendor signs each webhook body with HMAC-SHA256 using the shared secret
configured in their console and sends it hex-encoded in X-Sensor-Signature.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

from .alerts import raise_freezer_alarm, record_reading

app = Flask(__name__)
log = logging.getLogger("icehouse.sensors.webhook")

WEBHOOK_SECRET = os.environ["SENSOR_WEBHOOK_SECRET"].encode()
ALARM_THRESHOLD_C = {"blast": -30.0, "store": -18.0, "bin": -8.0}


def _signature_ok(body: bytes, header_value: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    return expected == header_value.strip().lower()


@app.post("/hooks/sensors")
def sensor_hook():
    raw = request.get_data()
    if not _signature_ok(raw, request.headers.get("X-Sensor-Signature", "")):
        log.warning("rejected sensor webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(raw)
    if event.get("type") != "reading":
        return jsonify(ignored=event.get("type")), 202

    freezer = event["device"]["label"]
    kind = event["device"].get("zone", "store")
    temp_c = float(event["data"]["temperature"])
    record_reading(freezer, temp_c, event["data"].get("timestamp"))

    limit = ALARM_THRESHOLD_C.get(kind, -18.0)
    if temp_c > limit:
        raise_freezer_alarm(freezer, temp_c, limit)
        log.info("alarm raised for %s at %.1fC (limit %.1fC)", freezer, temp_c, limit)

    return jsonify(ok=True)
