"""Receives settlement notifications from the card processor for hire deposits."""

from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()

TOLERANCE_SECONDS = 300


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["DEPOSIT_WEBHOOK_SECRET"].encode("utf-8"))

    def digest(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes, now: float | None = None) -> bool:
        parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
        timestamp, signature = parts.get("t", ""), parts.get("v1", "")
        if not timestamp.isdigit() or abs((now or time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.digest(timestamp, body), signature)


verifier = SignatureVerifier.from_env()


@app.post("/webhooks/deposits")
async def deposit_webhook(request: Request, processor_signature: str = Header(default="")) -> dict:
    body = await request.body()
    if not verifier.verify(processor_signature, body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = await request.json()
    if event.get("type") == "deposit.released":
        request.app.state.deposits.mark_released(event["data"]["booking_ref"])
    return {"received": True}
