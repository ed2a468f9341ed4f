"""Webhook receiver for online arcade card top-ups.

The payment provider calls this endpoint after a parent tops up a child's
arcade card on the website. The request body is signed with HMAC-SHA256
using the shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="arcade-topups")


class WebhookSignature:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected_for(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode() + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        expected = self.expected_for(timestamp, body)
        return presented.lower() == expected


class CardLedger:
    def __init__(self) -> None:
        self.balances: dict[str, int] = {}
        self.seen_events: set[str] = set()

    def credit(self, event_id: str, card_no: str, credits: int) -> int:
        if event_id in self.seen_events:
            return self.balances.get(card_no, 0)
        self.seen_events.add(event_id)
        self.balances[card_no] = self.balances.get(card_no, 0) + credits
        return self.balances[card_no]


signature = WebhookSignature(os.environ["TOPUP_WEBHOOK_SECRET"].encode())
ledger = CardLedger()


@app.post("/webhooks/topup")
async def topup_webhook(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
):
    body = await request.body()
    if not signature.matches(x_timestamp, body, x_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"ignored": True}
    data = event["data"]
    balance = ledger.credit(event["id"], data["card_number"], int(data["credits"]))
    return {"card": data["card_number"], "balance": balance}
