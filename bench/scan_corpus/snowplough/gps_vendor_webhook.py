"""Webhook receiver for geofence events from the fleet GPS vendor."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class WebhookVerifier:
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "WebhookVerifier":
        return cls(os.environ["GPS_VENDOR_WEBHOOK_SECRET"].encode())

    def expected(self, timestamp: str, body: bytes) -> str:
        mac = hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256)
        return mac.hexdigest()

    def check(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            if abs(time.time() - int(timestamp)) > self.tolerance_s:
                return False
        except ValueError:
            return False
        return hmac.compare_digest(self.expected(timestamp, body), signature)


verifier = WebhookVerifier.from_env()


@app.post("/hooks/geofence")
async def geofence_event(
    request: Request,
    x_vendor_timestamp: str = Header(...),
    x_vendor_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.check(x_vendor_timestamp, body, x_vendor_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    return {
        "unit": event["unit_id"],
        "zone": event["geofence"],
        "kind": event["transition"],
        "received": True,
    }
