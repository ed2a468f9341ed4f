"""Receives order notifications from the hosted shop platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("shop_webhooks")


class WebhookVerifier:
    def __init__(self, secret: str) -> None:
        self._secret = secret.encode("utf-8")

    def expected_signature(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, header_value: str | None) -> bool:
        if not header_value or not header_value.startswith("sha256="):
            return False
        provided = header_value.split("=", 1)[1]
        return provided == self.expected_signature(body)


verifier = WebhookVerifier(os.environ["SHOP_WEBHOOK_SECRET"])
PROCESSED: set[str] = set()


def queue_fulfilment(order: dict) -> None:
    items = [line["sku"] for line in order.get("line_items", [])]
    log.info("queueing order %s with %d items", order["id"], len(items))


@app.post("/webhooks/shop")
def shop_webhook():
    body = request.get_data()
    if not verifier.is_valid(body, request.headers.get("X-Shop-Signature")):
        abort(401)
    event = json.loads(body)
    event_id = event.get("id")
    if event_id in PROCESSED:
        return jsonify(status="duplicate"), 200
    PROCESSED.add(event_id)
    if event.get("type") == "order.paid":
        queue_fulfilment(event["data"])
    elif event.get("type") == "order.refunded":
        log.info("order %s refunded", event["data"]["id"])
    return jsonify(status="ok"), 200
