"""Webhook receiver for commission deposit payments.

The card processor posts a JSON event when a customer pays the 30% deposit on
a commission; the event is signed with the shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("copperbeater.payments")

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()


def verify_event(body: bytes, header: str) -> dict:
    timestamp, signature = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        abort(400, "stale event")
    if signature != _expected_signature(timestamp, body):
        abort(400, "invalid signature")
    return json.loads(body)


def mark_deposit_paid(commission_ref: str, amount_pence: int) -> None:
    from .commissions import Commission, db

    commission = Commission.query.filter_by(ref=commission_ref).first()
    if commission is None:
        log.warning("deposit for unknown commission %s", commission_ref)
        return
    commission.deposit_paid_pence = amount_pence
    commission.stage = "scheduled"
    db.session.commit()


@app.post("/webhooks/payments")
def payments_webhook():
    event = verify_event(request.get_data(), request.headers.get("Processor-Signature", ""))
    if event.get("type") == "payment_intent.succeeded":
        meta = event["data"]["object"].get("metadata", {})
        mark_deposit_paid(meta.get("commission_ref", ""), event["data"]["object"]["amount"])
    return {"received": True}
