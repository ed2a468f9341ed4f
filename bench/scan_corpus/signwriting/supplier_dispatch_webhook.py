"""Webhook endpoint for dispatch notices from the sign-tray and LED supplier."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("supplier.dispatch")

MAX_SKEW_SECONDS = 300


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            age = abs(time.time() - int(timestamp))
        except ValueError:
            return False
        if age > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


checker = SignatureChecker(os.environ["DISPATCH_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/dispatch")
async def dispatch_notice(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
):
    body = await request.body()
    if not checker.valid(x_timestamp, body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    notice = json.loads(body)
    if notice.get("status") == "dispatched":
        from workshop.purchasing import mark_dispatched

        mark_dispatched(notice["order_ref"], notice.get("tracking_number"))
    log.info("dispatch notice %s for %s", notice.get("status"), notice.get("order_ref"))
    return {"received": True}
