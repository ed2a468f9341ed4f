"""Receives payment-status callbacks from the collections agency for unpaid tolls."""
from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI()
TOLERANCE_S = 300


class CallbackSettings:
    def __init__(self) -> None:
        self.secret = os.environ["COLLECTIONS_CALLBACK_SECRET"].encode()


def settings() -> CallbackSettings:
    return CallbackSettings()


class SignedBody:
    def __init__(self, raw: bytes, timestamp: int) -> None:
        self.raw = raw
        self.timestamp = timestamp


async def signed_body(
    request: Request,
    x_agency_timestamp: int = Header(...),
    x_agency_signature: str = Header(...),
    cfg: CallbackSettings = Depends(settings),
) -> SignedBody:
    if abs(time.time() - x_agency_timestamp) > TOLERANCE_S:
        raise HTTPException(status_code=401, detail="stale callback")
    raw = await request.body()
    expected = hmac.new(cfg.secret, f"{x_agency_timestamp}.".encode() + raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_agency_signature.lower()):
        raise HTTPException(status_code=401, detail="signature mismatch")
    return SignedBody(raw, x_agency_timestamp)


class CollectionUpdate(BaseModel):
    case_ref: str
    account_no: str
    status: str
    amount_recovered_cents: int


@app.post("/callbacks/collections")
async def collections_callback(body: SignedBody = Depends(signed_body)) -> dict:
    update = CollectionUpdate.model_validate_json(body.raw)
    return {"accepted": update.case_ref, "status": update.status}
