"""Signature verification for payout-provider webhooks (FastAPI service)."""

from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

from carpool.payouts import PayoutLedger

TOLERANCE_SECONDS = 300

app = FastAPI(title="Payout webhooks")
ledger = PayoutLedger.from_env()


class WebhookVerifier:
    def __init__(self, secret: str, tolerance: int = TOLERANCE_SECONDS) -> None:
        self._secret = secret.encode("utf-8")
        self.tolerance = tolerance

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, signature: str, body: bytes) -> bool:
        try:
            sent_at = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - sent_at) > self.tolerance:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


verifier = WebhookVerifier(os.environ["PAYOUT_WEBHOOK_SECRET"])


@app.post("/webhooks/payouts")
async def payouts_webhook(
    request: Request,
    x_payout_timestamp: str = Header(...),
    x_payout_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.verify(x_payout_timestamp, x_payout_signature, body):
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    data = event.get("data", {})
    if event.get("type") == "payout.paid":
        ledger.mark_paid(data["reference"], data["amount"], data["currency"])
    elif event.get("type") == "payout.failed":
        ledger.mark_failed(data["reference"], data.get("failure_code"))
    return {"status": "ok"}
