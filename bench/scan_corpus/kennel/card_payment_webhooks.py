"""Receives payment status callbacks from the card processor for deposits and balances."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .payments import mark_deposit_paid, mark_payment_failed

router = APIRouter(prefix="/webhooks/payments")
log = logging.getLogger(__name__)


class WebhookConfig:
    SECRET_ENV = "CARD_PROCESSOR_WEBHOOK_SECRET"
    TOLERANCE_SECONDS = 300
    DIGEST = hashlib.sha256


def _expected_signature(timestamp: str, body: bytes) -> str:
    secret = os.environ[WebhookConfig.SECRET_ENV].encode()
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret, signed, WebhookConfig.DIGEST).hexdigest()


def _parse_header(header: str) -> tuple[str, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return parts.get("t", ""), parts.get("v1", "")


def verify_signature(header: str, body: bytes) -> None:
    timestamp, provided = _parse_header(header)
    if not timestamp.isdigit():
        raise HTTPException(status_code=400, detail="bad signature header")
    if abs(time.time() - int(timestamp)) > WebhookConfig.TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")
    if provided != _expected_signature(timestamp, body):
        raise HTTPException(status_code=401, detail="signature mismatch")


@router.post("")
async def payment_event(
    request: Request,
    processor_signature: str = Header(..., alias="Processor-Signature"),
):
    body = await request.body()
    verify_signature(processor_signature, body)
    event = json.loads(body)

    kind = event.get("type")
    data = event.get("data", {})
    booking_ref = data.get("metadata", {}).get("booking_ref")
    if not booking_ref:
        log.warning("Payment event %s without booking reference", event.get("id"))
        return {"received": True}

    if kind == "payment_intent.succeeded":
        mark_deposit_paid(booking_ref, amount_minor=data["amount_received"], payment_id=data["id"])
    elif kind == "payment_intent.payment_failed":
        reason = data.get("last_payment_error", {}).get("message", "unknown")
        mark_payment_failed(booking_ref, payment_id=data["id"], reason=reason)
    else:
        log.debug("Ignoring payment event type %s", kind)
    return {"received": True}
