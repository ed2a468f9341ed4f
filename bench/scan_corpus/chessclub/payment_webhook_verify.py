"""FastAPI receiver for entry-fee payment notifications from the card processor."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, HTTPException, Request
from sqlalchemy import create_engine, text

log = logging.getLogger("fees.webhook")

app = FastAPI(title="entry fee webhooks")
engine = create_engine(os.environ["CHESSCLUB_DATABASE_URL"], pool_pre_ping=True)

TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    pass


def verify_signature(secret: bytes, header: str, body: bytes, now: float | None = None) -> None:
    fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    try:
        timestamp = int(fields["t"])
        provided = fields["v1"]
    except (KeyError, ValueError) as exc:
        raise SignatureError("malformed signature header") from exc
    if abs((now or time.time()) - timestamp) > TOLERANCE_SECONDS:
        raise SignatureError("timestamp outside tolerance")
    expected = hmac.new(secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, provided):
        raise SignatureError("signature mismatch")


@app.post("/webhooks/payments")
async def payment_event(request: Request):
    body = await request.body()
    try:
        verify_signature(
            os.environ["PAYMENTS_WEBHOOK_SECRET"].encode(),
            request.headers.get("payment-signature", ""),
            body,
        )
    except SignatureError as err:
        log.warning("payment webhook rejected: %s", err)
        raise HTTPException(status_code=401, detail="bad signature")

    event = await request.json()
    if event.get("type") == "payment.refunded":
        data = event["data"]
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE tournament_entries SET refunded_at = now(), refund_ref = :ref "
                    "WHERE payment_ref = :payment AND refunded_at IS NULL"
                ),
                {"ref": data["refund_id"], "payment": data["payment_id"]},
            )
        log.info("refund %s applied to payment %s", data["refund_id"], data["payment_id"])
    return {"received": True}
