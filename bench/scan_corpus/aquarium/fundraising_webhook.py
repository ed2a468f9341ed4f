"""Webhook receiver for the peer-to-peer fundraising platform (sponsored swims, etc.)."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from donors.services import record_online_gift

router = APIRouter()

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["FUNDRAISING_WEBHOOK_SECRET"].encode()


def verify_signature(body: bytes, timestamp: str, signature: str) -> bool:
    try:
        ts = int(timestamp)
    except ValueError:
        return False
    if abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(_secret(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.lower())


@router.post("/webhooks/fundraising", status_code=202)
async def fundraising_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    if not verify_signature(body, x_timestamp, x_signature):
        raise HTTPException(status_code=403, detail="bad signature")

    event = json.loads(body)
    if event.get("type") == "donation.completed":
        data = event["data"]
        record_online_gift(
            external_id=data["id"],
            amount_minor=int(data["amount"]),
            currency=data["currency"],
            donor_email=data.get("email"),
        )
    return {"ok": True}
