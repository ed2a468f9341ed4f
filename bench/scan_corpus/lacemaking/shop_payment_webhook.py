"""Webhook endpoint for the card processor that settles yarn and bobbin shop orders."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

log = logging.getLogger(__name__)
bp = Blueprint("shop_webhooks", __name__, url_prefix="/shop/webhooks")


class SignedPayload:
    """Wraps a raw webhook body and the processor's signature header."""

    def __init__(self, body: bytes, timestamp: str, secret: bytes) -> None:
        self.body = body
        self.timestamp = timestamp
        self._secret = secret

    @property
    def expected_signature(self) -> str:
        message = self.timestamp.encode("ascii") + b"." + self.body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, header_sig: str) -> bool:
        return self.expected_signature == header_sig.strip().lower()


def _webhook_secret() -> bytes:
    return os.environ["SHOP_WEBHOOK_SECRET"].encode("utf-8")


def _mark_order_paid(order_ref: str, amount_pence: int) -> None:
    db = current_app.extensions["shop_db"]
    with db.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE shop_orders SET status = 'paid', paid_pence = %s WHERE reference = %s",
            (amount_pence, order_ref),
        )


@bp.post("/payments")
def payment_event():
    signature = request.headers.get("X-Processor-Signature", "")
    timestamp = request.headers.get("X-Processor-Timestamp", "")
    if not signature or not timestamp:
        abort(400)
    payload = SignedPayload(request.get_data(), timestamp, _webhook_secret())
    if not payload.matches(signature):
        log.warning("rejected webhook with bad signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(payload.body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        _mark_order_paid(data["order_reference"], int(data["amount"]))
        log.info("order %s marked paid", data["order_reference"])
    elif event.get("type") == "payment.failed":
        log.info("payment failed for order %s", event["data"].get("order_reference"))
    return {"received": True}
