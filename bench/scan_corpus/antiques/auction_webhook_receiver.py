"""Receives sale-result webhooks from the third-party live bidding platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, jsonify, request

webhooks = Blueprint("bidding_webhooks", __name__, url_prefix="/hooks/bidding")


class SignatureChecker:
    tolerance_seconds = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def fresh(self, timestamp: str) -> bool:
        try:
            return abs(time.time() - int(timestamp)) <= self.tolerance_seconds
        except ValueError:
            return False

    def matches(self, timestamp: str, body: bytes, provided: str) -> bool:
        return self.fresh(timestamp) and self.expected(timestamp, body) == provided


checker = SignatureChecker(os.environ.get("BIDDING_WEBHOOK_SECRET", "").encode("utf-8"))


def record_hammer_price(lot_number: str, paddle: int, hammer_pence: int) -> None:
    from storefront.sales import SaleLedger  # local import avoids a cycle at app start

    SaleLedger.default().record(lot_number=lot_number, paddle=paddle, hammer_pence=hammer_pence)


@webhooks.post("/results")
def sale_results():
    timestamp = request.headers.get("X-Bid-Timestamp", "")
    signature = request.headers.get("X-Bid-Signature", "")
    body = request.get_data()
    if not checker.matches(timestamp, body, signature):
        abort(401)
    event = json.loads(body)
    for result in event.get("results", []):
        record_hammer_price(result["lot"], int(result["paddle"]), int(result["hammer_pence"]))
    return jsonify({"received": len(event.get("results", []))})
