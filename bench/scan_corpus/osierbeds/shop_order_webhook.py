"""Payment-provider webhooks for the online shop.

The payment provider posts ``payment.succeeded`` and ``payment.refunded``
events. Each request carries ``X-Signature: t=<unix>,v1=<hex hmac>`` over
``"<t>.<body>"`` with the endpoint secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from osierbeds.orders import mark_paid, mark_refunded

log = logging.getLogger(__name__)

app = Flask(__name__)

TOLERANCE_SECONDS = 300


class WebhookVerifier:
    def __init__(self, secret: bytes, tolerance: int = TOLERANCE_SECONDS) -> None:
        self._secret = secret
        self._tolerance = tolerance

    @staticmethod
    def _parse(header: str) -> tuple[int, str]:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        return int(parts.get("t", "0")), parts.get("v1", "")

    def verify(self, header: str, body: bytes) -> bool:
        try:
            timestamp, supplied = self._parse(header)
        except ValueError:
            return False
        if abs(time.time() - timestamp) > self._tolerance:
            return False
        signed = f"{timestamp}.".encode("ascii") + body
        expected = hmac.new(self._secret, signed, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, supplied)


verifier = WebhookVerifier(os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    if not verifier.verify(request.headers.get("X-Signature", ""), body):
        log.warning("payment webhook failed signature check")
        abort(400)
    event = json.loads(body)
    kind = event.get("type")
    order_ref = event.get("data", {}).get("metadata", {}).get("order_ref")
    if not order_ref:
        return jsonify({"ignored": True})
    if kind == "payment.succeeded":
        mark_paid(order_ref, amount_pence=event["data"]["amount"])
    elif kind == "payment.refunded":
        mark_refunded(order_ref, amount_pence=event["data"]["amount_refunded"])
    log.info("handled %s for order %s", kind, order_ref)
    return jsonify({"ok": True})
