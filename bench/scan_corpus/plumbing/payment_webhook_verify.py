"""FastAPI receiver for payment provider events (deposits and final invoice payments)."""

import hashlib
import hmac as _hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from billing.events import handle_payment_event

router = APIRouter()

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYMENTS_WEBHOOK_SECRET"].encode("utf-8")


def _parse_header(value: str) -> tuple[int, str]:
    fields = dict(part.split("=", 1) for part in value.split(",") if "=" in part)
    return int(fields.get("t", "0")), fields.get("v1", "")


def signature_valid(body: bytes, header_value: str, now: float | None = None) -> bool:
    timestamp, provided = _parse_header(header_value)
    if not provided or abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode("ascii") + body
    expected = _hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    return _hmac.compare_digest(expected, provided)


@router.post("/webhooks/payments")
async def payments_webhook(request: Request, payment_signature: str = Header(default="")):
    body = await request.body()
    if not signature_valid(body, payment_signature):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = await request.json()
    if "type" not in event:
        raise HTTPException(status_code=400, detail="missing type")
    await handle_payment_event(event)
    return {"received": True}
