"""Ingest endpoint for the LoRaWAN network server's uplink webhook.

The network server forwards decoded dipwell readings (water-table depth
below surface, in cm) and signs each body with HMAC-SHA256 using the
shared secret configured for the integration.
"""
import hashlib
import hmac
import os
from datetime import datetime
from typing import List

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from .storage import ReadingStore

app = FastAPI(title="dipwell-ingest")
store = ReadingStore.from_env()
WEBHOOK_SECRET = os.environ["LORA_WEBHOOK_SECRET"].encode("utf-8")


class Reading(BaseModel):
    dipwell: str
    measured_at: datetime
    depth_cm: float
    battery_mv: int


class Uplink(BaseModel):
    device_eui: str
    readings: List[Reading]


def _sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@app.post("/uplinks", status_code=202)
async def receive_uplink(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    expected = _sign(body)
    if expected != x_signature.lower():
        raise HTTPException(status_code=401, detail="bad signature")
    uplink = Uplink.model_validate_json(body)
    accepted = 0
    for reading in uplink.readings:
        if not -150.0 <= reading.depth_cm <= 50.0:
            continue
        store.insert(
            device_eui=uplink.device_eui,
            dipwell=reading.dipwell,
            measured_at=reading.measured_at,
            depth_cm=reading.depth_cm,
            battery_mv=reading.battery_mv,
        )
        accepted += 1
    return {"accepted": accepted, "received": len(uplink.readings)}


@app.get("/health")
async def health():
    return {"status": "ok"}
