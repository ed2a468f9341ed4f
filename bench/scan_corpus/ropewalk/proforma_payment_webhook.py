"""Handles card payment webhooks for pro-forma orders paid on the trade portal.

New accounts without credit terms pay pro-forma invoices by card; once the
payment provider confirms the charge the order is released to production.
"""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, HTTPException, Request

from ropewalk.billing.orders import mark_proforma_paid

router = APIRouter()

TOLERANCE_SECONDS = 300


def _parse_signature_header(header: str) -> tuple[int, list[str]]:
    timestamp, signatures = 0, []
    for part in header.split(","):
        key, _, value = part.partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            signatures.append(value)
    return timestamp, signatures


def verify_payload(payload: bytes, header: str, secret: str) -> bool:
    timestamp, signatures = _parse_signature_header(header)
    if not signatures or abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode() + payload
    expected = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, candidate) for candidate in signatures)


@router.post("/webhooks/payments")
async def payment_webhook(request: Request):
    payload = await request.body()
    header = request.headers.get("Payment-Signature", "")
    if not verify_payload(payload, header, os.environ["PAYMENT_WEBHOOK_SECRET"]):
        raise HTTPException(status_code=400, detail="bad signature")
    event = await request.json()
    if event["type"] == "payment_intent.succeeded":
        intent = event["data"]["object"]
        await mark_proforma_paid(
            intent["metadata"]["proforma_number"],
            amount_pence=intent["amount_received"],
        )
    return {"received": True}
