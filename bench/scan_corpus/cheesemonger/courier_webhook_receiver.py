"""Tracking updates from the chilled courier for gift-box parcels."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException, Request

from alerts import page_dispatch_team

app = FastAPI()

TOLERANCE_S = 300


def _secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8")


def compute_signature(secret: bytes, sent_at: str, body: bytes) -> bytes:
    mac = hmac.new(secret, f"{sent_at}:".encode("ascii") + body, hashlib.sha256)
    return mac.digest()


def verify(sent_at: str, signature_b64: str, body: bytes) -> None:
    try:
        ts = int(sent_at)
        provided = base64.b64decode(signature_b64, validate=True)
    except (ValueError, TypeError):
        raise HTTPException(400, "malformed signature headers") from None
    if abs(time.time() - ts) > TOLERANCE_S:
        raise HTTPException(401, "stale webhook")
    expected = compute_signature(_secret(), sent_at, body)
    if not hmac.compare_digest(expected, provided):
        raise HTTPException(401, "signature mismatch")


PARCEL_STATUS: dict[str, str] = {}


@app.post("/webhooks/courier")
async def courier_update(
    request: Request,
    x_courier_timestamp: Annotated[str, Header()],
    x_courier_signature: Annotated[str, Header()],
) -> dict:
    body = await request.body()
    verify(x_courier_timestamp, x_courier_signature, body)
    event = await request.json()
    tracking = event["tracking_number"]
    PARCEL_STATUS[tracking] = event["status"]
    if event["status"] == "TEMPERATURE_EXCURSION":
        page_dispatch_team(tracking, event.get("probe_c"))
    return {"ok": True}
