"""FastAPI receiver for refund notifications about damage deposits."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic_settings import BaseSettings

from .refunds import RefundLedger, get_ledger

log = logging.getLogger("deposits.refunds")


class WebhookSettings(BaseSettings):
    refund_webhook_secret: str
    refund_webhook_tolerance: int = 300


@lru_cache
def get_settings() -> WebhookSettings:
    return WebhookSettings()


app = FastAPI()


def signature_for(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode("utf-8"), f"{timestamp}.".encode("ascii") + body, hashlib.sha256)
    return mac.hexdigest()


def signature_is_valid(secret: str, timestamp: str, body: bytes, presented: str) -> bool:
    return hmac.compare_digest(signature_for(secret, timestamp, body), presented)


@app.post("/webhooks/refunds", status_code=204)
async def refund_notification(
    request: Request,
    x_refund_timestamp: str = Header(...),
    x_refund_signature: str = Header(...),
    settings: WebhookSettings = Depends(get_settings),
    ledger: RefundLedger = Depends(get_ledger),
):
    if not x_refund_timestamp.isdigit():
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - int(x_refund_timestamp)) > settings.refund_webhook_tolerance:
        raise HTTPException(status_code=400, detail="stale notification")
    body = await request.body()
    if not signature_is_valid(settings.refund_webhook_secret, x_refund_timestamp, body, x_refund_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    refund = event["refund"]
    if ledger.seen(event["id"]):
        return None
    ledger.record_refund(
        event_id=event["id"],
        hold_id=refund["hold_id"],
        amount_pence=int(refund["amount"]),
        reason=refund.get("reason", "deposit_return"),
    )
    log.info("recorded refund %s against hold %s", event["id"], refund["hold_id"])
    return None
