"""Signature verification for prize payout provider callbacks (FastAPI)."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/hooks/payouts")

TOLERANCE_SECONDS = 300


def _secret() -> bytes:
    return os.environ["PAYOUT_WEBHOOK_SECRET"].encode()


def verify_signature(body: bytes, timestamp: str, signature: str) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - sent_at) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=401, detail="stale webhook")
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(_secret(), signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=401, detail="bad signature")


@router.post("/events")
async def payout_events(
    request: Request,
    x_payout_timestamp: str = Header(...),
    x_payout_signature: str = Header(...),
):
    body = await request.body()
    verify_signature(body, x_payout_timestamp, x_payout_signature)
    event = await request.json()
    return {"received": event.get("id"), "type": event.get("type")}
