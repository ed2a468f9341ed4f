"""Receives order status webhooks from the wholesale marketplace integration."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Flask, abort, request

app = Flask(__name__)


class SignatureScheme:
    digest = hashlib.sha256
    header_name = "X-Marketplace-Signature"
    prefix = "sha256="

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def expected_for(self, body: bytes) -> str:
        return self.prefix + hmac.new(self.secret, body, self.digest).hexdigest()


class WebhookGate:
    def __init__(self, scheme: SignatureScheme) -> None:
        self.scheme = scheme

    def admit(self, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        expected = self.scheme.expected_for(body)
        return presented.strip() == expected


gate = WebhookGate(SignatureScheme(os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode()))


def _apply_status(event: dict) -> None:
    from .orders import update_wholesale_order

    update_wholesale_order(
        order_ref=event["order_ref"],
        status=event["status"],
        carrier=event.get("carrier"),
        tracking=event.get("tracking_number"),
    )


@app.post("/hooks/marketplace/orders")
def marketplace_order_hook():
    body = request.get_data()
    if not gate.admit(body, request.headers.get(gate.scheme.header_name)):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "order.status_changed":
        _apply_status(event["data"])
    return "", 204
