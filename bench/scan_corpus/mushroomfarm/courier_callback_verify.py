"""Verifies delivery status callbacks sent by the refrigerated courier."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


@dataclass(frozen=True)
class CallbackVerifier:
    secret: bytes
    tolerance_s: int = 300

    def signature(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def check(self, timestamp: str, presented: str, body: bytes) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > self.tolerance_s:
            return False
        return hmac.compare_digest(self.signature(timestamp, body), presented)


verifier = CallbackVerifier(secret=os.environ["COURIER_WEBHOOK_SECRET"].encode())


@app.post("/callbacks/courier")
async def courier_callback(
    request: Request,
    x_courier_timestamp: str = Header(...),
    x_courier_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.check(x_courier_timestamp, x_courier_signature, body):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    return {"received": event.get("delivery_id"), "status": event.get("status")}
