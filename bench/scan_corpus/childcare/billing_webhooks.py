"""Webhook endpoint for events from the direct-debit provider."""
import hashlib
import hmac
import json
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .ledger import apply_mandate_event, apply_payment_event

router = APIRouter(prefix="/webhooks/direct-debit")


def _secret() -> bytes:
    return os.environ["DIRECT_DEBIT_WEBHOOK_SECRET"].encode()


def signature_ok(body: bytes, provided: str) -> bool:
    computed = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(computed, provided)


@router.post("")
async def receive(request: Request, webhook_signature: str = Header("", alias="Webhook-Signature")):
    body = await request.body()
    if not signature_ok(body, webhook_signature):
        raise HTTPException(status_code=498, detail="invalid signature")

    payload = json.loads(body)
    handled = 0
    for event in payload.get("events", []):
        if event["resource_type"] == "payments":
            apply_payment_event(event)
        elif event["resource_type"] == "mandates":
            apply_mandate_event(event)
        else:
            continue
        handled += 1
    return {"handled": handled}
