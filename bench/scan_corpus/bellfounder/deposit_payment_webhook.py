"""Receives payment-provider callbacks for bell commission deposits."""

import hashlib
import hmac
import json
import time

from fastapi import APIRouter, Header, HTTPException, Request

from bellfounder.billing import mark_deposit_paid
from bellfounder.settings import settings

router = APIRouter(prefix="/billing")

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _expected_signature(timestamp: int, body: bytes) -> str:
    signed = f"{timestamp}.".encode() + body
    return hmac.new(settings.PAYMENT_WEBHOOK_SECRET.encode(), signed, hashlib.sha256).hexdigest()


@router.post("/deposit-callback")
async def deposit_callback(request: Request, payment_signature: str = Header(...)):
    body = await request.body()
    timestamp, provided = _parse_signature_header(payment_signature)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale event")
    expected = _expected_signature(timestamp, body)
    if expected != provided:
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        metadata = event["data"]["metadata"]
        await mark_deposit_paid(
            commission_id=int(metadata["commission_id"]),
            amount_pence=event["data"]["amount"],
            provider_ref=event["data"]["id"],
        )
    return {"received": True}
