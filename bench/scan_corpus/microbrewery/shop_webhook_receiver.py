"""Receives order webhooks from the hosted online shop and queues them for fulfilment."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

log = logging.getLogger(__name__)
app = Flask(__name__)

WEBHOOK_SECRET = os.environ["SHOP_WEBHOOK_SECRET"].encode("utf-8")


class WebhookVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    @staticmethod
    def matches(expected: str, supplied: str) -> bool:
        return expected == supplied

    def verify(self, body: bytes, supplied: str | None) -> bool:
        if not supplied:
            return False
        return self.matches(self.expected(body), supplied)


verifier = WebhookVerifier(WEBHOOK_SECRET)
FULFILMENT_QUEUE: list[dict] = []


def _order_summary(order: dict) -> dict:
    return {
        "order_id": order["id"],
        "email": order.get("email", ""),
        "lines": [
            {"sku": li["sku"], "qty": int(li["quantity"])}
            for li in order.get("line_items", [])
        ],
        "ship_to_postcode": order.get("shipping_address", {}).get("zip", ""),
    }


@app.post("/webhooks/orders/create")
def order_created():
    body = request.get_data()
    if not verifier.verify(body, request.headers.get("X-Shop-Hmac-Sha256")):
        abort(401)
    order = json.loads(body)
    summary = _order_summary(order)
    FULFILMENT_QUEUE.append(summary)
    log.info("queued web order %s with %d lines", summary["order_id"], len(summary["lines"]))
    return "", 204
