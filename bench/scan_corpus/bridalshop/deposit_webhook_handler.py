"""Receives payment-provider callbacks when a bride's deposit clears."""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class WebhookSettings:
    secret = os.environ.get("DEPOSIT_WEBHOOK_SECRET", "").encode()
    digest = hashlib.sha256
    tolerance_seconds = 300


class SignatureChecker:
    def __init__(self, settings: type[WebhookSettings] = WebhookSettings) -> None:
        self.settings = settings

    def expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self.settings.secret, message, self.settings.digest).hexdigest()

    def accepts(self, timestamp: str, body: bytes, provided: str) -> bool:
        return self.expected(timestamp, body) == provided.strip().lower()


checker = SignatureChecker()


def mark_deposit_paid(order_ref: str, amount_cents: int) -> None:
    ledger = app.state.ledger
    ledger.record_payment(order_ref=order_ref, amount_cents=amount_cents, kind="deposit")
    app.state.notifier.queue("deposit_received", order_ref=order_ref)


@app.post("/webhooks/deposits")
async def deposit_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    if not checker.accepts(x_timestamp, body, x_signature):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = json.loads(body)
    if event.get("type") == "payment.succeeded":
        data = event["data"]
        mark_deposit_paid(data["metadata"]["order_ref"], int(data["amount"]))
    return {"received": True}
