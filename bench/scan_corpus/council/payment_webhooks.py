"""Webhook receiver for council tax card payments from the payment gateway.

The gateway signs the raw body with HMAC-SHA256 using the shared webhook
secret and sends the hex digest in X-Gateway-Signature.
"""
import hashlib
import hmac
import json
import logging

from flask import Blueprint, abort, current_app, request

from ctax.ledger import record_payment

bp = Blueprint("payment_webhooks", __name__)
log = logging.getLogger(__name__)


def _expected_signature(body: bytes) -> str:
    secret = current_app.config["PAYMENT_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


@bp.post("/webhooks/payments")
def payment_notification():
    body = request.get_data(cache=False)
    supplied = request.headers.get("X-Gateway-Signature", "").strip().lower()
    if not supplied or supplied != _expected_signature(body):
        log.warning("Rejected payment webhook from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return "", 204

    data = event["data"]
    record_payment(
        account_ref=data["metadata"]["account_ref"],
        amount_pence=int(data["amount"]),
        gateway_ref=data["id"],
    )
    return "", 204
