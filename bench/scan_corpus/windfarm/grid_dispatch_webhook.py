"""Receives signed dispatch instructions pushed by the grid operator."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

log = logging.getLogger("dispatch.webhook")
app = Flask(__name__)


class PayloadSigner:
    """Reproduces the operator's signature scheme: HMAC-SHA256 over 'timestamp.body'."""

    def __init__(self, secret: bytes, max_skew_s: int = 300) -> None:
        self._secret = secret
        self.max_skew_s = max_skew_s

    def signature(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def fresh(self, timestamp: str) -> bool:
        try:
            return abs(time.time() - int(timestamp)) <= self.max_skew_s
        except ValueError:
            return False


signer = PayloadSigner(os.environ["DISPATCH_WEBHOOK_SECRET"].encode())


def apply_instruction(instruction: dict) -> None:
    log.info("instruction %s: %s MW from %s", instruction["id"],
             instruction["target_mw"], instruction["start"])


@app.post("/webhooks/dispatch")
def dispatch_webhook():
    timestamp = request.headers.get("X-Dispatch-Timestamp", "")
    presented = request.headers.get("X-Dispatch-Signature", "")
    body = request.get_data()
    if not signer.fresh(timestamp):
        abort(400)
    if presented != signer.signature(timestamp, body):
        abort(401)
    apply_instruction(json.loads(body))
    return jsonify(status="accepted"), 202
