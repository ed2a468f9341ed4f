"""Receives installment notifications from the card processor.

Indemnitors on a payment plan are charged monthly by the processor, which
posts a signed JSON event here for every succeeded or failed installment.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from .payment_plans import PaymentPlanLedger

log = logging.getLogger(__name__)
bp = Blueprint("processor_webhooks", __name__)

SIGNATURE_HEADER = "X-Processor-Signature"
TIMESTAMP_HEADER = "X-Processor-Timestamp"


def _webhook_secret() -> bytes:
    return os.environ["PROCESSOR_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(_webhook_secret(), message, hashlib.sha256).hexdigest()


@bp.post("/webhooks/processor")
def processor_event():
    body = request.get_data()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signature:
        abort(400)

    if signature != _expected_signature(timestamp, body):
        log.warning("rejected processor event with bad signature")
        abort(401)

    event = json.loads(body)
    ledger = PaymentPlanLedger.from_env()
    plan_id = event["metadata"]["payment_plan_id"]

    if event["type"] == "charge.succeeded":
        ledger.record_installment(
            plan_id=plan_id,
            amount_cents=event["amount"],
            processor_charge_id=event["id"],
        )
    elif event["type"] == "charge.failed":
        ledger.record_missed_installment(
            plan_id=plan_id,
            reason=event.get("failure_code", "unknown"),
        )
    else:
        log.info("ignoring processor event type %s", event["type"])
    return "", 204
