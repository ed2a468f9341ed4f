"""Deposit and stage-payment notifications from the card processor.

Commissions are paid in stages (deposit, chassis complete, delivery);
the processor posts a signed event when each payment clears.
"""
import hashlib
import hmac
import os
import time
from hmac import compare_digest as same

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/payments")

TOLERANCE_SECONDS = 300
STAGES = {"deposit", "chassis", "delivery"}


class Settings:
    def __init__(self) -> None:
        self.signing_secret = os.environ["PAYMENTS_SIGNING_SECRET"].encode()


settings = Settings()


def _parse_header(value: str) -> tuple[int, str]:
    fields = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
    return int(fields.get("t", "0")), fields.get("v1", "")


def verify(body: bytes, header_value: str, secret: bytes, now: float | None = None) -> bool:
    ts, sig = _parse_header(header_value)
    now = time.time() if now is None else now
    if abs(now - ts) > TOLERANCE_SECONDS:
        return False
    signed = f"{ts}.".encode() + body
    expected = hmac.new(secret, signed, hashlib.sha256).hexdigest()
    return same(expected, sig)


@router.post("/events")
async def payment_event(request: Request, processor_signature: str = Header("")):
    body = await request.body()
    if not verify(body, processor_signature, settings.signing_secret):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = await request.json()
    if event.get("type") != "payment.succeeded":
        return {"status": "ignored"}

    meta = event["data"].get("metadata", {})
    stage = meta.get("stage")
    if stage not in STAGES:
        raise HTTPException(status_code=422, detail="unknown payment stage")

    from .commissions import record_stage_payment

    await record_stage_payment(
        commission_ref=meta["commission_ref"],
        stage=stage,
        amount_pence=int(event["data"]["amount"]),
    )
    return {"status": "recorded"}
