"""Receives order updates pushed by the restaurant ordering marketplace."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("orders.webhook")


class SignatureScheme:
    header = "X-Marketplace-Signature"
    digest = hashlib.sha256

    def __init__(self, secret: str) -> None:
        self._secret = secret.encode()

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, self.digest).hexdigest()

    def matches(self, body: bytes, presented: str) -> bool:
        scheme, _, value = presented.partition("=")
        return scheme == "sha256" and value == self.expected(body)


scheme = SignatureScheme(os.environ["MARKETPLACE_WEBHOOK_SECRET"])


def _apply_update(event: dict) -> None:
    kind = event.get("type")
    order = event.get("order", {})
    log.info("order %s %s for %s", order.get("id"), kind, order.get("restaurant"))


@app.post("/webhooks/marketplace")
def marketplace_webhook():
    body = request.get_data()
    if not scheme.matches(body, request.headers.get(scheme.header, "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") not in {"order.created", "order.updated", "order.cancelled"}:
        return {"ignored": True}, 202
    _apply_update(event)
    return {"ok": True}
