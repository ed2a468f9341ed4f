"""Signature checking for stock-reservation webhooks sent by the merchant platform."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
MAX_SKEW_SECONDS = 300


@dataclass(frozen=True)
class WebhookVerifier:
    secret: bytes

    @classmethod
    def from_env(cls) -> "WebhookVerifier":
        return cls(os.environ["MERCHANT_WEBHOOK_SECRET"].encode())

    def sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


verifier = WebhookVerifier.from_env()


@app.post("/hooks/merchant/reservations")
async def reservation_hook(
    request: Request,
    x_merchant_timestamp: str = Header(...),
    x_merchant_signature: str = Header(...),
):
    body = await request.body()
    if not verifier.verify(x_merchant_timestamp, body, x_merchant_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    if event.get("type") == "reservation.released":
        return {"released": event["reservation_id"]}
    return {"ok": True}
