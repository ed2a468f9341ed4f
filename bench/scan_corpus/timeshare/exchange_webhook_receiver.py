"""Webhook receiver for events pushed by the week exchange network.

The network notifies us when one of our owners' deposited weeks is taken by
another member, or when an exchange request is confirmed. Each call carries
an HMAC-SHA256 signature over the raw body in ``X-Exchange-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("exchange.webhooks")

HANDLED_EVENTS = {"deposit.matched", "exchange.confirmed", "exchange.cancelled"}


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, header_value: str) -> bool:
        presented = header_value.removeprefix("sha256=")
        return self.expected(body) == presented


_checker = SignatureChecker(os.environ["EXCHANGE_WEBHOOK_SECRET"].encode("utf-8"))


def _apply(event: dict) -> None:
    kind = event["type"]
    data = event["data"]
    if kind == "deposit.matched":
        log.info("deposit %s matched by exchange %s", data["deposit_id"], data["exchange_id"])
    elif kind == "exchange.confirmed":
        log.info("exchange %s confirmed for owner %s", data["exchange_id"], data["owner_id"])
    elif kind == "exchange.cancelled":
        log.info("exchange %s cancelled", data["exchange_id"])


@app.post("/webhooks/exchange")
def exchange_webhook():
    signature = request.headers.get("X-Exchange-Signature", "")
    body = request.get_data(cache=False)
    if not signature or not _checker.matches(body, signature):
        abort(401)
    try:
        event = json.loads(body)
    except ValueError:
        abort(400)
    if event.get("type") not in HANDLED_EVENTS:
        return {"status": "ignored"}, 202
    _apply(event)
    return {"status": "ok"}, 200
