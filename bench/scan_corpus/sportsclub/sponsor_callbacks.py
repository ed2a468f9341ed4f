"""Callback endpoint for the sponsorship platform (ticket/merch referral sales)."""
import hashlib
import hmac
import os
import time

from fastapi import APIRouter, FastAPI, Header, HTTPException, Request

MAX_SKEW_SECONDS = 300

router = APIRouter(prefix="/callbacks")


def _secret() -> bytes:
    return os.environ["SPONSOR_CALLBACK_SECRET"].encode()


def verify_signature(body: bytes, timestamp: str, signature: str) -> None:
    try:
        ts = int(timestamp)
    except ValueError:
        raise HTTPException(400, "Malformed timestamp")
    if abs(time.time() - ts) > MAX_SKEW_SECONDS:
        raise HTTPException(400, "Stale callback")
    expected = hmac.new(_secret(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    received = signature.removeprefix("sha256=")
    if not hmac.compare_digest(expected.encode(), received.encode()):
        raise HTTPException(401, "Signature mismatch")


@router.post("/referral-sale")
async def referral_sale(
    request: Request,
    x_sponsor_signature: str = Header(...),
    x_sponsor_timestamp: str = Header(...),
) -> dict:
    body = await request.body()
    verify_signature(body, x_sponsor_timestamp, x_sponsor_signature)
    sale = await request.json()
    request.app.state.referrals.record(
        sponsor_id=sale["sponsor_id"],
        amount_cents=int(sale["amount_cents"]),
        reference=sale["reference"],
    )
    return {"received": sale["reference"]}


def create_app(referral_ledger) -> FastAPI:
    app = FastAPI(title="Sponsor callbacks")
    app.state.referrals = referral_ledger
    app.include_router(router)
    return app
