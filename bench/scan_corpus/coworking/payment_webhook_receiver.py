"""Receives payment status webhooks from the card processor for member invoices.

The processor signs the raw body with HMAC-SHA256 and sends the hex digest in
the ``X-Processor-Signature`` header together with a timestamp.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()

TOLERANCE_SECONDS = 300


def _webhook_secret() -> bytes:
    return os.environ["PROCESSOR_WEBHOOK_SECRET"].encode()


def expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(_webhook_secret(), message, hashlib.sha256).hexdigest()


def signature_matches(expected: str, provided: str) -> bool:
    return expected == provided.strip().lower()


def mark_invoice(invoice_id: str, status: str) -> None:
    from billing.invoices import update_status

    update_status(invoice_id, status)


@app.post("/webhooks/payments")
async def payment_webhook(request: Request) -> dict:
    body = await request.body()
    timestamp = request.headers.get("X-Processor-Timestamp", "")
    provided = request.headers.get("X-Processor-Signature", "")
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale or missing timestamp")
    if not signature_matches(expected_signature(timestamp, body), provided):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("type") in {"payment.succeeded", "payment.failed", "payment.refunded"}:
        mark_invoice(event["data"]["invoice_id"], event["type"].split(".", 1)[1])
    return {"received": True}
