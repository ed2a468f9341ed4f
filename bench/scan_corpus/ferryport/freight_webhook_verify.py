"""Verify signed delivery notifications from the freight booking platform (FastAPI)."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass, field

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


@dataclass(frozen=True)
class WebhookSettings:
    secret: bytes = field(default_factory=lambda: os.environ["FREIGHT_WEBHOOK_SECRET"].encode(),
                          repr=False)
    tolerance_s: int = 300


class SignatureVerifier:
    def __init__(self, settings: WebhookSettings) -> None:
        self.settings = settings

    def _digest(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.settings.secret, timestamp.encode() + b"." + body,
                        hashlib.sha256).hexdigest()

    def verify(self, timestamp: str, body: bytes, signature: str) -> None:
        try:
            ts = int(timestamp)
        except ValueError:
            raise HTTPException(400, "invalid timestamp")
        if abs(time.time() - ts) > self.settings.tolerance_s:
            raise HTTPException(401, "stale delivery")
        expected = "sha256=" + self._digest(timestamp, body)
        if not hmac.compare_digest(expected, signature):
            raise HTTPException(401, "signature mismatch")


verifier = SignatureVerifier(WebhookSettings())


@app.post("/hooks/freight/deliveries")
async def delivery_notification(
    request: Request,
    x_freight_timestamp: str = Header(...),
    x_freight_signature: str = Header(...),
):
    body = await request.body()
    verifier.verify(x_freight_timestamp, body, x_freight_signature)
    event = await request.json()
    if event.get("type") == "unit.delivered":
        return {"accepted": event["unit_id"]}
    return {"ignored": event.get("type")}
