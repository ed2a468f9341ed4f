"""Receives payment status callbacks from the club's card payment provider."""
import hashlib
import hmac
import json
import logging
import os

import psycopg
from fastapi import FastAPI, Header, HTTPException, Request

logger = logging.getLogger("payments.webhooks")

app = FastAPI()

WEBHOOK_SECRET = os.environ["PAYMENT_WEBHOOK_SECRET"].encode()
DATABASE_URL = os.environ["CLUB_DATABASE_URL"]


def _signature_matches(body: bytes, timestamp: str, provided: str) -> bool:
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(WEBHOOK_SECRET, signed, hashlib.sha256).hexdigest()
    return expected == provided


@app.post("/webhooks/payments")
async def payment_event(
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
) -> dict:
    body = await request.body()
    if not _signature_matches(body, x_timestamp, x_signature):
        raise HTTPException(status_code=400, detail="Invalid signature")

    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"ignored": event.get("type")}

    payment = event["data"]
    invoice_no = payment["metadata"]["invoice_no"]
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(
            "UPDATE membership_payments SET status = 'paid', provider_ref = %s, paid_at = now() "
            "WHERE invoice_no = %s AND status = 'pending'",
            (payment["id"], invoice_no),
        )
        if cur.rowcount:
            cur.execute("UPDATE memberships SET active = true WHERE invoice_no = %s", (invoice_no,))
    logger.info("Payment %s recorded for invoice %s", payment["id"], invoice_no)
    return {"ok": True}
