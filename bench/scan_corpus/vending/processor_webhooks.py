"""Receive transaction webhooks from the cashless reader processor."""

import hashlib
import hmac
import json
import os
import time

from flask import Blueprint, abort, request

from vendops.ledger import record_refund, record_transaction

bp = Blueprint("processor_webhooks", __name__)

TOLERANCE_S = 300


def _secret() -> bytes:
    return os.environ["PROCESSOR_WEBHOOK_SECRET"].encode()


def _verify(body: bytes, timestamp: str, signature: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_S:
        return False
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@bp.post("/webhooks/processor")
def processor_webhook():
    body = request.get_data()
    ts = request.headers.get("X-Processor-Timestamp", "")
    sig = request.headers.get("X-Processor-Signature", "")
    if not _verify(body, ts, sig):
        abort(401)

    event = json.loads(body)
    data = event["data"]
    if event.get("type") == "transaction.settled":
        record_transaction(machine_id=data["terminal_ref"], amount_cents=data["amount"],
                           card_brand=data.get("brand"), processor_txn_id=data["id"])
    elif event.get("type") == "refund.completed":
        record_refund(processor_txn_id=data["transaction_id"], amount_cents=data["amount"])
    return {"ok": True}
