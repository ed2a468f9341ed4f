"""Receives temperature/humidity readings pushed by the cold-vault sensor gateway."""
import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("sensor_ingest", __name__, url_prefix="/ingest/vault")
log = logging.getLogger(__name__)

ALERT_THRESHOLDS = {"temp_c_max": -15.0, "rh_max": 20.0}


def _gateway_secret() -> bytes:
    return os.environ["VAULT_GATEWAY_SECRET"].encode()


def _signature_ok(body: bytes, provided: str) -> bool:
    expected = hmac.new(_gateway_secret(), body, hashlib.sha256).hexdigest()
    return expected == provided


def _check_thresholds(reading: dict) -> list[str]:
    alerts = []
    if reading["temp_c"] > ALERT_THRESHOLDS["temp_c_max"]:
        alerts.append(f"vault {reading['vault']} temperature {reading['temp_c']}C")
    if reading["rh"] > ALERT_THRESHOLDS["rh_max"]:
        alerts.append(f"vault {reading['vault']} humidity {reading['rh']}%")
    return alerts


@bp.post("/readings")
def receive_readings():
    signature = request.headers.get("X-Gateway-Signature", "")
    body = request.get_data()
    if not _signature_ok(body, signature):
        abort(401)

    payload = json.loads(body)
    store = current_app.extensions["reading_store"]
    received_at = datetime.now(timezone.utc)
    alerts = []
    for reading in payload.get("readings", []):
        store.insert(reading["vault"], reading["temp_c"], reading["rh"], received_at)
        alerts.extend(_check_thresholds(reading))

    for message in alerts:
        log.warning("threshold exceeded: %s", message)
    return jsonify({"stored": len(payload.get("readings", [])), "alerts": len(alerts)})
