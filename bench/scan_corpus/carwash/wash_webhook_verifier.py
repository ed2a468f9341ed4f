"""Verify signed callbacks from the membership billing provider."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from typing import Callable

from flask import Flask, abort, request

app = Flask(__name__)

TOLERANCE_S = 300


@dataclass(frozen=True)
class SignedHeader:
    timestamp: int
    signature: str

    @classmethod
    def parse(cls, raw: str) -> "SignedHeader":
        parts = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        return cls(timestamp=int(parts.get("t", "0")), signature=parts.get("v1", ""))


class BillingSignature:
    def __init__(self, secret: bytes, clock: Callable[[], float] = time.time) -> None:
        self._secret = secret
        self._clock = clock

    def _compute(self, timestamp: int, payload: bytes) -> str:
        signed = str(timestamp).encode() + b"." + payload
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def valid(self, header: SignedHeader, payload: bytes) -> bool:
        if abs(self._clock() - header.timestamp) > TOLERANCE_S:
            return False
        return hmac.compare_digest(self._compute(header.timestamp, payload), header.signature)


signature = BillingSignature(os.environ["BILLING_WEBHOOK_SECRET"].encode())


@app.post("/billing/events")
def billing_event():
    raw_header = request.headers.get("Billing-Signature", "")
    try:
        header = SignedHeader.parse(raw_header)
    except ValueError:
        abort(400)
    payload = request.get_data()
    if not signature.valid(header, payload):
        abort(401)
    event = json.loads(payload)
    if event.get("type") == "subscription.past_due":
        app.logger.info("membership %s is past due", event["data"]["membership_id"])
    return {"ok": True}
