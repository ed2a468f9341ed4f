"""Payment callbacks from the card-terminal provider, for the FastAPI till service.

The provider signs ``<timestamp>.<body>`` with HMAC-SHA256 and sends
``t=<timestamp>,v1=<hex>`` in the ``Terminal-Signature`` header.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, HTTPException, Request

app = FastAPI(title="Chandlery till callbacks")

TOLERANCE_SECONDS = 300


def _signing_key() -> bytes:
    return os.environ["TERMINAL_CALLBACK_SECRET"].encode("utf-8")


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    return int(parts["t"]), parts["v1"]


def verify_signature(header: str, body: bytes, now: float | None = None) -> bool:
    try:
        timestamp, presented = _parse_header(header)
    except (KeyError, ValueError):
        return False
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        return False
    signed = f"{timestamp}.".encode("ascii") + body
    expected = hmac.new(_signing_key(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@app.post("/callbacks/terminal")
async def terminal_callback(request: Request):
    body = await request.body()
    if not verify_signature(request.headers.get("Terminal-Signature", ""), body):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    kind = event.get("type")
    data = event.get("data", {})
    ledger = request.app.state.ledger
    if kind == "payment.captured":
        ledger.record_payment(data["reference"], data["amount_minor"], data["terminal_id"])
    elif kind == "payment.refunded":
        ledger.record_refund(data["reference"], data["amount_minor"], data["terminal_id"])
    else:
        return {"status": "ignored"}
    return {"status": "ok"}
