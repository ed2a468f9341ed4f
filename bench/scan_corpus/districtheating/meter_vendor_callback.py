"""Callback endpoint for the heat meter vendor's firmware-update campaign status."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from functools import lru_cache

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel


class CallbackSettings:
    def __init__(self) -> None:
        self.signing_key = os.environ["METER_VENDOR_CALLBACK_KEY"].encode()
        self.max_skew_s = int(os.environ.get("METER_VENDOR_MAX_SKEW", "300"))


@lru_cache(maxsize=1)
def settings() -> CallbackSettings:
    return CallbackSettings()


class CampaignStatus(BaseModel):
    campaign_id: str
    meter_serial: str
    firmware: str
    state: str


def _verify(body: bytes, timestamp: str, signature: str, cfg: CallbackSettings) -> None:
    if abs(time.time() - int(timestamp)) > cfg.max_skew_s:
        raise HTTPException(401, "stale callback")
    mac = hmac.new(cfg.signing_key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, signature):
        raise HTTPException(401, "signature mismatch")


app = FastAPI()


@app.post("/vendor/firmware-campaign")
async def campaign_callback(
    request: Request,
    x_vendor_timestamp: str = Header(...),
    x_vendor_signature: str = Header(...),
) -> dict:
    body = await request.body()
    _verify(body, x_vendor_timestamp, x_vendor_signature, settings())
    status = CampaignStatus.model_validate_json(body)
    if status.state == "failed":
        request.app.state.alerts.raise_ticket(status.meter_serial, status.firmware)
    request.app.state.campaigns.record(status.campaign_id, status.meter_serial, status.state)
    return {"ok": True}
