"""FastAPI endpoint for card provider callbacks on customer deposit payments."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from typing import Dict

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class CallbackVerifier:
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "CallbackVerifier":
        return cls(os.environ["PAYMENT_CALLBACK_SECRET"].encode())

    def signature(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self._secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def fresh(self, timestamp: str) -> bool:
        return timestamp.isdigit() and abs(time.time() - int(timestamp)) <= self.tolerance_s

    def verify(self, timestamp: str, body: bytes, provided: str) -> bool:
        if not self.fresh(timestamp):
            return False
        return hmac.compare_digest(self.signature(timestamp, body), provided)


verifier = CallbackVerifier.from_env()
DEPOSITS: Dict[str, int] = {}


@app.post("/callbacks/payment")
async def payment_callback(
    request: Request,
    x_pay_timestamp: str = Header(...),
    x_pay_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.verify(x_pay_timestamp, body, x_pay_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    if event.get("status") == "succeeded":
        ref = event["reference"]
        DEPOSITS[ref] = DEPOSITS.get(ref, 0) + int(event["amount"])
    return {"ok": True}
