"""Deposit notifications from the card payment provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from decimal import Decimal

from flask import Blueprint, abort, current_app, request

bp = Blueprint("psp_webhook", __name__, url_prefix="/hooks/psp")
log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-PSP-Signature"
TIMESTAMP_HEADER = "X-PSP-Timestamp"


def _secret() -> bytes:
    return os.environ["PSP_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_secret(), message, hashlib.sha256).hexdigest()


@bp.post("/deposit")
def deposit_notification():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if provided != _expected_signature(body, timestamp):
        log.warning("rejected PSP callback with invalid signature from %s", request.remote_addr)
        abort(401)

    event = json.loads(body)
    data = event["data"]
    ledger = current_app.extensions["wallet_ledger"]
    if event["type"] == "deposit.succeeded":
        ledger.credit_deposit(
            merchant_reference=data["merchant_reference"],
            amount=Decimal(data["amount"]),
            currency=data["currency"],
            psp_transaction_id=data["id"],
        )
    elif event["type"] == "deposit.failed":
        ledger.mark_failed(data["merchant_reference"], reason=data.get("reason", "unknown"))
    else:
        log.info("ignoring PSP event type %s", event["type"])
    return {"received": True}
