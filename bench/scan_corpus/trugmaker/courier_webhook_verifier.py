"""Receives delivery status webhooks from the courier (FastAPI).

The courier signs each callback with HMAC-SHA256 over the raw body
using the secret configured in their dashboard. Delivered and failed
events update the order so the customer e-mail goes out.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("trug.courier.webhooks")

HANDLED_EVENTS = {"parcel.delivered", "parcel.failed_attempt", "parcel.returned"}


class SignatureVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureVerifier":
        return cls(os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8"))

    def sign(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def is_valid(self, body: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.sign(body), signature.strip().lower())


verifier = SignatureVerifier.from_env()


@app.post("/webhooks/courier")
async def courier_webhook(request: Request, x_courier_signature: str = Header(default="")):
    body = await request.body()
    if not verifier.is_valid(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    event_type = event.get("event")
    if event_type not in HANDLED_EVENTS:
        return {"ignored": event_type}
    orders = request.app.state.orders
    parcel = event["parcel"]
    if event_type == "parcel.delivered":
        orders.mark_delivered(parcel["reference"], parcel.get("delivered_at"))
    elif event_type == "parcel.failed_attempt":
        orders.note_failed_attempt(parcel["reference"], parcel.get("reason", ""))
    else:
        orders.mark_returned(parcel["reference"])
    log.info("courier event %s for %s", event_type, parcel["reference"])
    return {"ok": True}
