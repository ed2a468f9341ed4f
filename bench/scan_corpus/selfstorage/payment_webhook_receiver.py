"""Receives rent-payment events from the card processor and posts them to tenant ledgers."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, jsonify, request

from ledger import LedgerService

app = Flask(__name__)
log = logging.getLogger("payments.webhook")

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_SECONDS = 300

ledger = LedgerService.from_env()


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


@app.post("/webhooks/payments")
def payment_event():
    body = request.get_data()
    header = request.headers.get("Processor-Signature", "")
    try:
        timestamp, provided = _parse_signature_header(header)
    except ValueError:
        abort(400)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400)
    if _expected_signature(timestamp, body) != provided:
        log.warning("rejected payment webhook with bad signature")
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        ledger.record_payment(
            tenant_ref=data["metadata"]["tenant_id"],
            amount_cents=int(data["amount"]),
            processor_ref=data["id"],
        )
    elif kind == "payment.failed":
        ledger.flag_failed_autopay(
            tenant_ref=data["metadata"]["tenant_id"],
            processor_ref=data["id"],
            reason=data.get("failure_code", "unknown"),
        )
    elif kind == "refund.created":
        ledger.record_refund(processor_ref=data["payment"], amount_cents=int(data["amount"]))
    else:
        log.info("ignoring payment event type %s", kind)
    return jsonify({"received": True})
