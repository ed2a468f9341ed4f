"""Flask receiver for beamformer trigger events signed by the correlator control plane."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_SKEW_S = 300


def _secret() -> bytes:
    return os.environ["RT_BEAMFORMER_WEBHOOK_SECRET"].encode()


def _signature_ok(timestamp: str, body: bytes, presented: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > MAX_SKEW_S:
        return False
    mac = hmac.new(_secret(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, presented)


@app.post("/hooks/beamformer-trigger")
def beamformer_trigger():
    body = request.get_data(cache=True)
    if not _signature_ok(request.headers.get("X-RT-Timestamp", ""), body,
                         request.headers.get("X-RT-Signature", "")):
        abort(401)
    event = request.get_json(silent=True) or {}
    if event.get("kind") != "frb-candidate":
        return jsonify({"ignored": True}), 200
    dm = float(event.get("dm", 0.0))
    snr = float(event.get("snr", 0.0))
    app.logger.info("FRB candidate dm=%.1f snr=%.1f beam=%s", dm, snr, event.get("beam"))
    return jsonify({"accepted": True, "voevent": snr >= 10.0}), 202
