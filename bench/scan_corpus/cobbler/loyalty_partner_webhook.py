"""Webhook from the loyalty programme partner (stamp top-ups from referrals).

Requests carry a timestamp and an HMAC-SHA256 signature over
"<timestamp>.<body>" in the Loyalty-Signature header.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, Header, HTTPException, Request

from cobbler.config import settings
from cobbler.loyalty import add_stamps

router = APIRouter()

TOLERANCE_SECONDS = 300


def _sign(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(settings.LOYALTY_PARTNER_SECRET.encode(), message, hashlib.sha256).hexdigest()


@router.post("/hooks/loyalty/referral")
async def referral_credit(
    request: Request,
    loyalty_timestamp: str = Header(...),
    loyalty_signature: str = Header(...),
):
    if abs(time.time() - int(loyalty_timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale request")
    body = await request.body()
    if not hmac.compare_digest(_sign(loyalty_timestamp, body), loyalty_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    if event.get("type") != "referral.completed":
        return {"status": "ignored"}
    await add_stamps(card_number=event["card_number"], stamps=int(event.get("stamps", 1)))
    return {"status": "credited"}
