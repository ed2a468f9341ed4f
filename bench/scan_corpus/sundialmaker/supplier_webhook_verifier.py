"""Verifies signed stock and dispatch notifications from the brass supplier."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

TOLERANCE_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: bytes, tolerance: int = TOLERANCE_SECONDS):
        self._secret = secret
        self._tolerance = tolerance

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self._tolerance:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


checker = SignatureChecker(os.environ["BRASS_SUPPLIER_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/brass-supplier")
def brass_supplier_event():
    body = request.get_data()
    if not checker.valid(
        request.headers.get("X-Brass-Timestamp", ""),
        body,
        request.headers.get("X-Brass-Signature", ""),
    ):
        abort(401)
    event = json.loads(body)
    kind = event.get("type")
    if kind == "stock.updated":
        log.info("brass stock update for %d items", len(event.get("items", [])))
    elif kind == "order.dispatched":
        log.info("brass order %s dispatched", event.get("order_id"))
    else:
        log.info("ignoring brass event type %s", kind)
    return jsonify(received=True)
