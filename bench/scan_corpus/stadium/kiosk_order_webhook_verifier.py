"""Verifies order notifications from the in-seat food ordering provider.

The provider posts order updates for in-seat delivery; each request carries a
timestamp and an HMAC over the timestamp and body.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="in-seat-orders")


@dataclass(frozen=True)
class WebhookSecret:
    value: bytes
    tolerance_seconds: int = 300

    @classmethod
    def from_env(cls) -> "WebhookSecret":
        return cls(os.environ["INSEAT_WEBHOOK_SECRET"].encode("utf-8"))


SECRET = WebhookSecret.from_env()


def compute_signature(timestamp: str, body: bytes, secret: WebhookSecret = SECRET) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return "v1=" + hmac.new(secret.value, message, hashlib.sha256).hexdigest()


def verify(timestamp: str, signature: str, body: bytes, secret: WebhookSecret = SECRET) -> None:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > secret.tolerance_seconds:
        raise HTTPException(status_code=400, detail="stale notification")
    expected = compute_signature(timestamp, body, secret)
    if not hmac.compare_digest(expected.encode("ascii"), signature.encode("ascii", "replace")):
        raise HTTPException(status_code=401, detail="signature mismatch")


@app.post("/webhooks/in-seat")
async def order_update(
    request: Request,
    x_provider_timestamp: str = Header(...),
    x_provider_signature: str = Header(...),
) -> dict:
    body = await request.body()
    verify(x_provider_timestamp, x_provider_signature, body)
    event = await request.json()
    return {"order": event.get("order_id"), "status": event.get("status"), "accepted": True}
