"""Webhook receiving uplinks from the LoRaWAN network server.

Tailings dam piezometers and inclinometers report through LoRa gateways on
the embankment. The network server POSTs each decoded uplink here, signed
with HMAC-SHA256 over the raw request body.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("lorawan", __name__, url_prefix="/hooks/lorawan")
log = logging.getLogger(__name__)

PIEZO_FIELDS = ("pore_pressure_kpa", "temperature_c")
INCLINO_FIELDS = ("tilt_x_deg", "tilt_y_deg")


def _webhook_secret() -> bytes:
    return os.environ["LORAWAN_WEBHOOK_SECRET"].encode("utf-8")


def _verify_signature(body: bytes, signature: str) -> bool:
    expected = hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()
    return signature == expected


def _normalise(uplink: dict) -> dict:
    decoded = uplink.get("object") or {}
    info = uplink["deviceInfo"]
    kind = info.get("deviceProfileName", "").lower()
    fields = PIEZO_FIELDS if "piezo" in kind else INCLINO_FIELDS
    return {
        "device": info["devEui"],
        "kind": kind,
        "received_at": datetime.now(timezone.utc).isoformat(),
        "rssi": max((rx.get("rssi", -200) for rx in uplink.get("rxInfo", [])), default=None),
        **{f: decoded.get(f) for f in fields},
    }


@bp.post("/uplink")
def uplink():
    signature = request.headers.get("X-Signature-SHA256", "")
    body = request.get_data()
    if not signature or not _verify_signature(body, signature):
        abort(401)
    if request.args.get("event", "up") != "up":
        return jsonify(status="ignored"), 202
    try:
        payload = json.loads(body)
        reading = _normalise(payload)
    except (ValueError, KeyError):
        abort(400)
    current_app.extensions["geotech_store"].append(reading)
    log.info("uplink from %s (%s)", reading["device"], reading["kind"])
    return jsonify(status="ok"), 200
