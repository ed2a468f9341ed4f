"""FastAPI receiver for the card processor's donation webhooks.

Sponsor-a-donkey monthly gifts and one-off appeal donations arrive here.
The processor signs ``"{timestamp}.{body}"`` with a shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

SIGNING_SECRET = os.environ["DONATION_WEBHOOK_SECRET"].encode("utf-8")
TOLERANCE_SECONDS = 300

engine = create_engine(os.environ["DONOR_DB_URL"], pool_pre_ping=True)
app = FastAPI()


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        return int(parts["t"]), parts["v1"]
    except (KeyError, ValueError) as exc:
        raise HTTPException(status_code=400, detail="malformed signature header") from exc


def _verify(body: bytes, header: str) -> None:
    timestamp, signature = _parse_header(header)
    if abs(time.time() - timestamp) > TOLERANCE_SECONDS:
        raise HTTPException(status_code=400, detail="stale webhook")
    signed = f"{timestamp}.".encode("ascii") + body
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=401, detail="bad signature")


@app.post("/webhooks/donations")
async def donation_webhook(request: Request, donation_signature: str = Header(...)):
    body = await request.body()
    _verify(body, donation_signature)
    event = json.loads(body)
    if event.get("type") != "payment.succeeded":
        return {"ignored": event.get("type")}

    payment = event["data"]
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO donations (processor_id, donor_ref, amount_pence, campaign) "
                "VALUES (:pid, :donor, :amount, :campaign) "
                "ON CONFLICT (processor_id) DO NOTHING"
            ),
            {
                "pid": payment["id"],
                "donor": payment.get("metadata", {}).get("donor_ref"),
                "amount": int(payment["amount"]),
                "campaign": payment.get("metadata", {}).get("campaign", "general"),
            },
        )
    return {"stored": payment["id"]}
