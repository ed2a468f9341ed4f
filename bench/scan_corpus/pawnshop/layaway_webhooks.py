"""Webhooks from the card processor for layaway installment payments."""
import hashlib
import hmac
import json
import logging
import os
from decimal import Decimal

from flask import Blueprint, abort, current_app, request

log = logging.getLogger(__name__)
bp = Blueprint("layaway_webhooks", __name__)

SIGNATURE_HEADER = "X-Processor-Signature"


def _signing_key() -> bytes:
    return os.environ["PROCESSOR_WEBHOOK_SECRET"].encode("utf-8")


def _expected_signature(body: bytes) -> str:
    return hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()


def _layaways():
    return current_app.extensions["layaway_service"]


@bp.post("/webhooks/processor")
def processor_event():
    body = request.get_data()
    sent = request.headers.get(SIGNATURE_HEADER, "")
    if sent != _expected_signature(body):
        abort(401)

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    if kind == "payment.succeeded":
        _layaways().record_installment(
            plan_id=data["metadata"]["layaway_plan"],
            amount=Decimal(data["amount"]) / 100,
            processor_ref=data["id"],
        )
    elif kind == "payment.refunded":
        _layaways().reverse_installment(processor_ref=data["id"])
    else:
        log.info("ignoring processor event %s", kind)
    return "", 204
