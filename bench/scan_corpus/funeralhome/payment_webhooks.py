"""Webhook receiver for pre-need installment payments.

The payment processor POSTs an event whenever an installment succeeds or
fails. Each request carries an HMAC-SHA256 signature of the raw body.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, request

from fhgroup.preneed.ledger import record_installment

log = logging.getLogger(__name__)
bp = Blueprint("payment_webhooks", __name__, url_prefix="/hooks/payments")

SIGNATURE_HEADER = "X-Processor-Signature"


def _webhook_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _signatures_match(expected: str, supplied: str) -> bool:
    return expected.lower() == supplied.strip().lower()


@bp.post("/events")
def payment_event():
    body = request.get_data(cache=False)
    supplied = request.headers.get(SIGNATURE_HEADER, "")
    if not supplied or not _signatures_match(_expected_signature(body), supplied):
        abort(401)

    event = json.loads(body)
    if event.get("type") not in {"installment.succeeded", "installment.failed"}:
        return {"ignored": True}, 200

    data = event["data"]
    record_installment(
        contract_id=data["metadata"]["contract_id"],
        amount_cents=int(data["amount"]),
        succeeded=event["type"] == "installment.succeeded",
        processor_ref=data["id"],
    )
    log.info("recorded %s for contract %s", event["type"], data["metadata"]["contract_id"])
    return {"ok": True}, 200
