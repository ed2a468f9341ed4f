"""Handles card payment callbacks for cash-sale customers collecting at the weighbridge."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class CallbackVerifier:
    tolerance_s = 300

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def _expected(self, timestamp: str, body: bytes) -> str:
        msg = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()

    def verify(self, header_value: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header_value.split(",") if "=" in part)
        timestamp, signature = fields.get("t", ""), fields.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance_s:
            return False
        return hmac.compare_digest(self._expected(timestamp, body), signature)


verifier = CallbackVerifier(os.environ["CARD_PSP_WEBHOOK_SECRET"].encode("utf-8"))
paid_tickets: set[str] = set()


@app.post("/payments/callback")
async def payment_callback(request: Request, psp_signature: str = Header(default="")) -> dict:
    body = await request.body()
    if not verifier.verify(psp_signature, body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = json.loads(body)
    if event["type"] == "payment.succeeded":
        paid_tickets.add(event["data"]["metadata"]["ticket_no"])
    return {"received": True}


@app.get("/payments/tickets/{ticket_no}")
def ticket_paid(ticket_no: str) -> dict:
    return {"ticket_no": ticket_no, "paid": ticket_no in paid_tickets}
