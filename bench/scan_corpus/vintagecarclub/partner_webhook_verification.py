"""Webhook endpoint for the insurance partner's valuation updates.

When the insurer's valuers revise an agreed value for a member's car,
they notify the club so the register entry can show the latest valuation
date (the amount itself is never stored by the club).
"""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

app = FastAPI(title="Insurance partner webhooks")
engine = create_engine(os.environ["CLUB_DATABASE_URL"], pool_pre_ping=True)

SIGNING_SECRET = os.environ["INSURER_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300


def verify_signature(body: bytes, timestamp: str, signature: str) -> None:
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")
    signed = timestamp.encode() + b"." + body
    expected = hmac.new(SIGNING_SECRET, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature.removeprefix("sha256=")):
        raise HTTPException(status_code=401, detail="bad signature")


@app.post("/webhooks/insurer/valuations")
async def valuation_updated(
    request: Request,
    x_insurer_timestamp: str = Header(...),
    x_insurer_signature: str = Header(...),
):
    body = await request.body()
    verify_signature(body, x_insurer_timestamp, x_insurer_signature)
    event = await request.json()
    with engine.begin() as conn:
        result = conn.execute(
            text(
                "UPDATE vehicles SET last_valuation_on = :valued_on"
                " WHERE registration = :reg AND policy_ref = :policy"
            ),
            {
                "valued_on": event["valued_on"],
                "reg": event["registration"].upper(),
                "policy": event["policy_ref"],
            },
        )
    return {"updated": result.rowcount}
