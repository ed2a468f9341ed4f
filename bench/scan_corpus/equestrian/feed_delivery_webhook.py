"""Receives delivery status callbacks from the feed merchant's haulier.

Callbacks are signed with a shared secret; the signature header carries a
timestamp and an HMAC so replays of old callbacks can be rejected.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    mac: str

    @classmethod
    def parse(cls, value: str) -> "SignatureHeader":
        parts = dict(item.split("=", 1) for item in value.split(",") if "=" in item)
        return cls(int(parts["t"]), parts["v1"])


class DeliverySignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def compute(self, timestamp: int, body: bytes) -> str:
        signed = str(timestamp).encode() + b"." + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def verify(self, header: SignatureHeader, body: bytes, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        if abs(now - header.timestamp) > TOLERANCE_SECONDS:
            return False
        return hmac.compare_digest(self.compute(header.timestamp, body), header.mac)


app = FastAPI(title="Feed delivery callbacks")
signature = DeliverySignature(os.environ["HAULIER_WEBHOOK_SECRET"].encode())
DELIVERIES: dict[str, str] = {}


@app.post("/callbacks/feed-delivery")
async def delivery_callback(request: Request, x_haulier_signature: str = Header(...)) -> dict:
    body = await request.body()
    try:
        header = SignatureHeader.parse(x_haulier_signature)
    except (KeyError, ValueError):
        raise HTTPException(status_code=400, detail="malformed signature header")
    if not signature.verify(header, body):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    DELIVERIES[event["order_ref"]] = event["status"]
    return {"received": event["order_ref"]}
