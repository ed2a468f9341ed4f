"""Verifies callbacks from the cellar-management SaaS that reports barrel top-ups."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import Mapping

from fastapi import FastAPI, HTTPException, Request


class CallbackSignature:
    """Signature scheme: hex HMAC-SHA256 over "<timestamp>.<body>"."""

    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _expected(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def check(self, headers: Mapping[str, str], body: bytes) -> bool:
        timestamp = headers.get("x-cellar-timestamp", "")
        provided = headers.get("x-cellar-signature", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return hmac.compare_digest(self._expected(timestamp, body), provided)


app = FastAPI()
verifier = CallbackSignature(os.environ["CELLAR_CALLBACK_SECRET"].encode())
TOPUPS: dict[str, float] = {}


@app.post("/callbacks/topup")
async def topup(request: Request) -> dict:
    body = await request.body()
    if not verifier.check(request.headers, body):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    serial = event["barrel_serial"]
    TOPUPS[serial] = TOPUPS.get(serial, 0.0) + float(event["litres"])
    return {"barrel": serial, "topped_up_litres": TOPUPS[serial]}
