"""Receives payment notifications for the 50% deposit taken when a bespoke pair is ordered."""
import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .orders import mark_deposit_paid, mark_deposit_failed

router = APIRouter(prefix="/webhooks/payments")
log = logging.getLogger("cordwainer.payments")

TOLERANCE_SECONDS = 300


def _signing_secret() -> bytes:
    return os.environ["PAYMENT_WEBHOOK_SECRET"].encode("utf-8")


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode("ascii") + body
    return hmac.new(_signing_secret(), signed, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str) -> None:
    timestamp, received = _parse_signature_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")
    if received != _expected_signature(timestamp, body):
        raise HTTPException(status_code=400, detail="signature mismatch")


@router.post("")
async def payment_event(request: Request, payment_signature: str = Header(...)):
    body = await request.body()
    verify_signature(body, payment_signature)
    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {}).get("object", {})
    order_ref = data.get("metadata", {}).get("order_ref")
    if not order_ref:
        log.info("ignoring %s event without order reference", kind)
        return {"received": True}
    if kind == "payment_intent.succeeded":
        mark_deposit_paid(order_ref, amount_minor=data.get("amount_received", 0))
    elif kind == "payment_intent.payment_failed":
        mark_deposit_failed(order_ref, reason=data.get("last_payment_error", {}).get("code"))
    else:
        log.debug("unhandled payment event %s for %s", kind, order_ref)
    return {"received": True}
