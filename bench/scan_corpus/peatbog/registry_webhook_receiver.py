"""Receives retirement notifications from the carbon-unit registry.

When a buyer retires Peatland Carbon Units from one of our projects the
registry posts a signed event so the funder dashboard can show retirements.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from .retirements import record_retirement

app = Flask(__name__)
log = logging.getLogger(__name__)

CALLBACK_SECRET = os.environ["CARBON_REGISTRY_CALLBACK_SECRET"].encode()
MAX_SKEW_S = 300


class RegistrySignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def compute(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, timestamp.encode() + b"." + body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def valid(self, timestamp: str, body: bytes, supplied: str) -> bool:
        try:
            if abs(time.time() - int(timestamp)) > MAX_SKEW_S:
                return False
        except ValueError:
            return False
        return hmac.compare_digest(self.compute(timestamp, body), supplied.strip())


signer = RegistrySignature(CALLBACK_SECRET)


@app.post("/registry/retirements")
def retirement_event():
    ts = request.headers.get("Registry-Timestamp", "")
    sig = request.headers.get("Registry-Signature", "")
    if not signer.valid(ts, request.get_data(), sig):
        abort(401)
    event = request.get_json(force=True)
    if event.get("type") != "units.retired":
        return jsonify({"status": "ignored"}), 202
    record_retirement(
        project_ref=event["project_id"],
        serial_range=event["serials"],
        units=int(event["units"]),
        beneficiary=event.get("beneficiary", ""),
    )
    log.info("recorded retirement of %s units on %s", event["units"], event["project_id"])
    return jsonify({"status": "ok"})
