"""Handles payment notifications for buyer invoices from the payment provider.

The provider signs ``timestamp.body`` with HMAC-SHA256 and puts both the
timestamp and the signature in the ``Pay-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


class SignatureHeader:
    def __init__(self, raw: str) -> None:
        fields = dict(part.split("=", 1) for part in raw.split(",") if "=" in part)
        self.timestamp = int(fields.get("t", "0"))
        self.signature = fields.get("v1", "")


class PaymentSignatureCheck:
    tolerance_s = 300

    def __init__(self, secret: str | None = None) -> None:
        self._secret = (secret or os.environ["PAYMENT_WEBHOOK_SECRET"]).encode()

    def _expected(self, timestamp: int, body: bytes) -> str:
        signed = f"{timestamp}.".encode() + body
        return hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    def valid(self, header: SignatureHeader, body: bytes) -> bool:
        if abs(time.time() - header.timestamp) > self.tolerance_s:
            return False
        return hmac.compare_digest(self._expected(header.timestamp, body), header.signature)


checker = PaymentSignatureCheck()
PAID_INVOICES: set[str] = set()


@app.post("/webhooks/payments")
async def payment_event(request: Request) -> dict[str, str]:
    body = await request.body()
    header = SignatureHeader(request.headers.get("Pay-Signature", ""))
    if not checker.valid(header, body):
        raise HTTPException(status_code=400, detail="signature mismatch")
    event = await request.json()
    if event.get("type") == "invoice.paid":
        PAID_INVOICES.add(event["data"]["invoice_ref"])
    return {"status": "ok"}
