"""Receives order status callbacks from the builders' merchant marketplace."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


class MarketplaceSignature:
    header = "X-Marketplace-Signature"

    def __init__(self, shared_secret: bytes) -> None:
        self._secret = shared_secret

    def expected_for(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, presented: str) -> bool:
        expected = self.expected_for(body)
        return presented.lower() == expected


class OrderCallbackHandler:
    def __init__(self, signer: MarketplaceSignature) -> None:
        self.signer = signer
        self.applied: list[dict] = []

    def authentic(self, body: bytes, headers) -> bool:
        presented = headers.get(self.signer.header, "")
        return bool(presented) and self.signer.matches(body, presented)

    def apply(self, event: dict) -> dict:
        update = {
            "order_ref": event["order"]["reference"],
            "status": event["order"]["status"],
            "tonnes": event["order"].get("tonnes"),
        }
        self.applied.append(update)
        return update


handler = OrderCallbackHandler(
    MarketplaceSignature(os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode("utf-8"))
)


@app.post("/hooks/marketplace/orders")
def marketplace_order_hook():
    body = request.get_data()
    if not handler.authentic(body, request.headers):
        abort(401)
    event = json.loads(body)
    if event.get("type") != "order.updated":
        return jsonify({"ignored": True}), 202
    return jsonify(handler.apply(event)), 200
