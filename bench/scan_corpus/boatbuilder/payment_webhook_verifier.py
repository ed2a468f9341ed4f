"""Verifies and applies payment-provider webhooks for stage invoices."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time

from fastapi import FastAPI, HTTPException, Request
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()
TOLERANCE_SECONDS = 300
engine = create_engine(os.environ["YARD_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI()


def verify(body: bytes, header: str) -> None:
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp, signature = int(parts["t"]), parts["v1"]
    except (KeyError, ValueError):
        raise HTTPException(status_code=400, detail="malformed signature header")
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")
    signed = f"{timestamp}.".encode() + body
    expected = hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=400, detail="bad signature")


@app.post("/webhooks/payments")
async def payment_webhook(request: Request):
    body = await request.body()
    verify(body, request.headers.get("payments-signature", ""))
    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"status": "ignored"}
    invoice = event["data"]["metadata"]["invoice"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE stage_invoices SET status = 'paid', provider_ref = :ref "
                "WHERE invoice_number = :number AND status = 'open'"
            ),
            {"ref": event["data"]["id"], "number": invoice},
        )
    log.info("stage invoice %s paid", invoice)
    return {"status": "ok"}
