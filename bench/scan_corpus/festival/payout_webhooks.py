"""Receive payout notifications from the vendor payments provider."""
import hashlib
import hmac
import json
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .config import settings
from .settlements import record_payout

router = APIRouter()

TOLERANCE_SECONDS = 300


def _parse_header(header: str) -> tuple[int, list[str]]:
    ts, sigs = 0, []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t":
            ts = int(value)
        elif key == "v1":
            sigs.append(value)
    return ts, sigs


def verify(body: bytes, header: str, secret: str) -> bool:
    try:
        ts, sigs = _parse_header(header)
    except ValueError:
        return False
    if not sigs or abs(time.time() - ts) > TOLERANCE_SECONDS:
        return False
    expected = hmac.new(secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return any(hmac.compare_digest(expected, s) for s in sigs)


@router.post("/webhooks/payouts", status_code=204)
async def payouts_webhook(request: Request, signature: str = Header("", alias="Payments-Signature")):
    body = await request.body()
    if not verify(body, signature, settings.PAYOUTS_WEBHOOK_SECRET):
        raise HTTPException(status_code=400, detail="invalid signature")
    event = json.loads(body)
    if event["type"] == "payout.paid":
        record_payout(event["data"]["object"]["id"], event["data"]["object"]["amount"])
