"""FastAPI endpoint for payment-provider events on webshop and deposit invoices.

The provider signs ``<timestamp>.<raw body>`` with HMAC-SHA256 and sends it as
``Pay-Signature: t=<ts>,v1=<hex>``.
"""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/payments")

SIGNING_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300


def _parse_header(value: str) -> tuple[int, str]:
    parts = dict(p.split("=", 1) for p in value.split(",") if "=" in p)
    return int(parts.get("t", "0")), parts.get("v1", "")


def _signature_ok(raw: bytes, header: str) -> bool:
    ts, sent = _parse_header(header)
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + raw
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, sent)


async def _mark_invoice_paid(invoice_no: str, amount_cents: int) -> None:
    from .billing import invoices  # local import avoids a cycle with billing.tasks
    await invoices.record_payment(invoice_no, amount_cents)


@router.post("/events")
async def payment_event(request: Request, pay_signature: str = Header(default="")):
    raw = await request.body()
    try:
        valid = _signature_ok(raw, pay_signature)
    except ValueError:
        valid = False
    if not valid:
        raise HTTPException(status_code=400, detail="signature rejected")

    event = json.loads(raw)
    if event.get("type") == "payment_intent.succeeded":
        obj = event["data"]["object"]
        if obj.get("currency") != "gbp":
            raise HTTPException(status_code=422, detail="unexpected currency")
        await _mark_invoice_paid(obj["metadata"]["invoice_no"], obj["amount_received"])
    return {"received": True}
