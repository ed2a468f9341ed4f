"""Receives order status webhooks from the regional distributor.

Bodies are signed with HMAC-SHA256 over ``<timestamp>.<body>`` using the
shared secret; the signature and timestamp arrive in headers.
"""
import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

log = logging.getLogger("distributor.webhook")
app = Flask(__name__)

TOLERANCE_SECONDS = 300
HANDLED = {"order.shipped", "order.delivered", "order.cancelled", "keg.returned"}


class SignatureVerifier:
    def __init__(self, secret: str):
        self._secret = secret.encode("utf-8")

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, presented: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), presented)


verifier = SignatureVerifier(os.environ["DISTRIBUTOR_WEBHOOK_SECRET"])


@app.post("/webhooks/distributor")
def distributor_webhook():
    body = request.get_data()
    ok = verifier.verify(
        request.headers.get("X-Distributor-Timestamp", ""),
        body,
        request.headers.get("X-Distributor-Signature", ""),
    )
    if not ok:
        log.warning("rejected distributor webhook from %s", request.remote_addr)
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in HANDLED:
        return jsonify({"ignored": True}), 202
    from orders.service import record_distributor_event

    record_distributor_event(
        order_id=event["data"]["order_id"], kind=event["type"], payload=event["data"]
    )
    return jsonify({"ok": True})
