"""Receive uplift-completed callbacks from the into-plane fuel contractor (FastAPI)."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from functools import cached_property

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

app = FastAPI(title="fuel-callbacks")


class CallbackVerifier:
    max_skew_s = 300

    @cached_property
    def key(self) -> bytes:
        return os.environ["FUEL_CALLBACK_SECRET"].encode()

    def digest(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()

    def fresh(self, timestamp: str) -> bool:
        return timestamp.isdigit() and abs(time.time() - int(timestamp)) <= self.max_skew_s

    def check(self, timestamp: str, body: bytes, presented: str) -> bool:
        return self.fresh(timestamp) and hmac.compare_digest(self.digest(timestamp, body), presented)


verifier = CallbackVerifier()


class UpliftCompleted(BaseModel):
    bowser_id: str
    registration: str
    litres: float
    density_kg_l: float
    operator_ref: str


@app.post("/callbacks/uplift-completed", status_code=202)
async def uplift_completed(
    request: Request,
    x_fuel_timestamp: str = Header(...),
    x_fuel_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.check(x_fuel_timestamp, body, x_fuel_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = UpliftCompleted.model_validate_json(body)
    mass_kg = round(event.litres * event.density_kg_l, 1)
    return {"registration": event.registration, "mass_kg": mass_kg, "accepted": True}
