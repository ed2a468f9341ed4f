"""FastAPI router for refund/chargeback notifications from the card processor."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/webhooks")

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["CARDPAY_WEBHOOK_SECRET"].encode()


def signature_ok(timestamp: str, body: bytes, received: str) -> bool:
    mac = hmac.new(_secret(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return hmac.compare_digest(mac.hexdigest(), received.strip().lower())


@router.post("/cardpay/disputes", status_code=204)
async def dispute_notification(
    request: Request,
    x_cardpay_timestamp: str = Header(...),
    x_cardpay_signature: str = Header(...),
):
    if not x_cardpay_timestamp.isdigit():
        raise HTTPException(400, "invalid timestamp")
    if abs(time.time() - int(x_cardpay_timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(400, "stale request")

    body = await request.body()
    if not signature_ok(x_cardpay_timestamp, body, x_cardpay_signature):
        raise HTTPException(403, "signature mismatch")

    event = await request.json()
    if event.get("type") == "dispute.created":
        await request.app.state.disputes.open(event["data"]["payment_id"], event["data"]["reason"])
    elif event.get("type") == "dispute.closed":
        await request.app.state.disputes.close(event["data"]["payment_id"], event["data"]["status"])
    return None
