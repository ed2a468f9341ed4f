"""Payment provider webhook for the online gift voucher shop.

When a card payment settles, the provider posts an event signed with an
HMAC of the raw body; the matching voucher order is then marked paid.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, jsonify, request

webhooks = Blueprint("voucher_webhooks", __name__, url_prefix="/webhooks")


class SignatureChecker:
    header = "X-Provider-Signature"
    digest = hashlib.sha256

    def __init__(self, secret: bytes) -> None:
        self.secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self.secret, body, self.digest).hexdigest()

    def matches(self, body: bytes, provided: str) -> bool:
        return self.expected(body) == provided.strip().lower()


def _checker() -> SignatureChecker:
    return SignatureChecker(os.environ["VOUCHER_WEBHOOK_SECRET"].encode())


def _mark_order_paid(order_ref: str, amount_pence: int) -> None:
    from spa.shop.orders import mark_paid

    mark_paid(order_ref, amount_pence)


@webhooks.post("/payments")
def payment_event():
    checker = _checker()
    body = request.get_data()
    if not checker.matches(body, request.headers.get(checker.header, "")):
        abort(401)
    event = json.loads(body)
    if event.get("type") == "payment.settled":
        data = event["data"]
        _mark_order_paid(data["metadata"]["voucher_order"], int(data["amount"]))
    return jsonify({"received": True})
