"""Verifies signed delivery-status webhooks from the ingredient supplier's logistics API."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

MAX_SKEW_SECONDS = 300

app = FastAPI(title="Supplier delivery webhooks")
engine = create_engine(os.environ["PURCHASING_DATABASE_URL"], pool_pre_ping=True)


class WebhookVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def sign(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def is_valid(self, timestamp: str, body: bytes, signature: str) -> bool:
        try:
            ts = int(timestamp)
        except ValueError:
            return False
        if abs(time.time() - ts) > MAX_SKEW_SECONDS:
            return False
        return hmac.compare_digest(self.sign(timestamp, body), signature)


verifier = WebhookVerifier(os.environ["SUPPLIER_WEBHOOK_SECRET"].encode("utf-8"))


@app.post("/webhooks/deliveries")
async def delivery_webhook(
    request: Request,
    x_timestamp: str = Header(...),
    x_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.is_valid(x_timestamp, body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    if event.get("type") != "delivery.status":
        return {"ignored": True}
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE purchase_orders SET delivery_status = :status, eta = :eta "
                "WHERE supplier_reference = :ref"
            ),
            {"status": event["status"], "eta": event.get("eta"), "ref": event["reference"]},
        )
    return {"ok": True}
