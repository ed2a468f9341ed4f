"""Receives escrow status callbacks from the payment processor."""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from .escrow import mark_funded, mark_refunded

bp = Blueprint("payment_webhooks", __name__, url_prefix="/hooks/payments")


def _expected_signature(payload: bytes) -> str:
    secret = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


@bp.post("/escrow")
def escrow_event():
    payload = request.get_data()
    received = request.headers.get("X-Signature", "")
    if received != _expected_signature(payload):
        abort(401)

    event = json.loads(payload)
    if event["type"] == "escrow.funded":
        mark_funded(event["data"]["escrow_id"], event["data"]["amount"])
    elif event["type"] == "escrow.refunded":
        mark_refunded(event["data"]["escrow_id"])
    return {"ok": True}
