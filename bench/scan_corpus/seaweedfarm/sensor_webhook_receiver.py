"""Receives readings pushed by the buoy vendor's cloud to our webhook.

The vendor signs each POST body with HMAC-SHA256 using the shared secret
configured for our account and sends the hex digest in a header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

log = logging.getLogger("sensor-webhook")
app = Flask(__name__)


class VendorSigning:
    header = "X-Buoy-Signature"

    def __init__(self, secret: str | None = None) -> None:
        self._secret = (secret or os.environ["BUOY_WEBHOOK_SECRET"]).encode()

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()


class ReadingIngestor:
    def __init__(self, signing: VendorSigning) -> None:
        self._signing = signing
        self.accepted: list[dict] = []

    def signature_matches(self, body: bytes, presented: str) -> bool:
        computed = self._signing.expected(body)
        return presented.lower() == computed

    def ingest(self, payload: dict) -> int:
        readings = payload.get("readings", [])
        for reading in readings:
            if {"buoy_id", "ts", "metric", "value"} <= reading.keys():
                self.accepted.append(reading)
        return len(readings)


ingestor = ReadingIngestor(VendorSigning())


@app.post("/webhooks/buoy-readings")
def buoy_readings():
    body = request.get_data()
    presented = request.headers.get(VendorSigning.header, "")
    if not ingestor.signature_matches(body, presented):
        log.warning("rejected webhook from %s", request.remote_addr)
        abort(401)
    count = ingestor.ingest(json.loads(body))
    return jsonify({"received": count})
