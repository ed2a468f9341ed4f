"""Handles parcel status callbacks from the courier for dispatched orders."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

from .dispatch import record_parcel_event

app = FastAPI()


@dataclass(frozen=True)
class WebhookSettings:
    secret: bytes
    tolerance_s: int = 300

    @classmethod
    def from_env(cls) -> "WebhookSettings":
        return cls(secret=os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8"))


settings = WebhookSettings.from_env()


class CallbackVerifier:
    def __init__(self, cfg: WebhookSettings) -> None:
        self.cfg = cfg

    def signature(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self.cfg.secret, message, hashlib.sha256).hexdigest()

    def check(self, timestamp: str, body: bytes, supplied: str) -> bool:
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.cfg.tolerance_s:
            return False
        return hmac.compare_digest(self.signature(timestamp, body), supplied)


verifier = CallbackVerifier(settings)


@app.post("/hooks/courier/status")
async def parcel_status(
    request: Request,
    x_courier_timestamp: str = Header(...),
    x_courier_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.check(x_courier_timestamp, body, x_courier_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    record_parcel_event(
        tracking_number=event["tracking_number"],
        status=event["status"],
        occurred_at=event["occurred_at"],
    )
    return {"ok": True}
