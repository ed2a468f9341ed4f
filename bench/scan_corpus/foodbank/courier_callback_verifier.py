"""Callback endpoint for the third-party courier that covers rural deliveries.

The courier posts status updates (collected, delivered, failed) for parcels
the food bank hands over. Requests carry an HMAC of the body.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from typing import Literal

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI(title="Courier callbacks")

CALLBACK_KEY = base64.b64decode(os.environ["COURIER_CALLBACK_KEY"])
MAX_SKEW_S = 120


class StatusUpdate(BaseModel):
    consignment: str
    status: Literal["collected", "delivered", "failed"]
    at: int
    reason: str | None = None


def _mac(timestamp: str, body: bytes) -> str:
    digest = hmac.new(CALLBACK_KEY, timestamp.encode() + b"\n" + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _authentic(timestamp: str, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(_mac(timestamp, body), signature)


@app.post("/callbacks/courier")
async def courier_callback(
    request: Request,
    x_courier_timestamp: str = Header(...),
    x_courier_signature: str = Header(...),
) -> dict:
    if not x_courier_timestamp.isdigit() or abs(time.time() - int(x_courier_timestamp)) > MAX_SKEW_S:
        raise HTTPException(status_code=400, detail="stale request")
    body = await request.body()
    if not _authentic(x_courier_timestamp, body, x_courier_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    update = StatusUpdate.model_validate_json(body)
    if update.status == "failed":
        return {"ok": True, "action": "rebook"}
    return {"ok": True}
