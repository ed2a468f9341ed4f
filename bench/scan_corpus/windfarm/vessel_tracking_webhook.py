"""Receives position callbacks from the vessel-tracking provider for CTVs and SOVs."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("vessels.webhook")
app = FastAPI()


class CallbackVerifier:
    """Provider signs the raw body with HMAC-SHA256 and sends it base64-encoded."""

    header = "X-Tracker-Signature"

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> bytes:
        return base64.b64encode(hmac.new(self._secret, body, hashlib.sha256).digest())

    def verify(self, body: bytes, presented: str | None) -> bool:
        if not presented:
            return False
        return hmac.compare_digest(self.expected(body), presented.encode())


verifier = CallbackVerifier(os.environ["TRACKER_WEBHOOK_SECRET"].encode())


def store_position(vessel: str, lat: float, lon: float, sog: float) -> None:
    log.info("position %s %.5f,%.5f sog=%.1f", vessel, lat, lon, sog)


@app.post("/webhooks/vessel-position")
async def vessel_position(request: Request,
                          x_tracker_signature: str | None = Header(default=None)) -> dict:
    body = await request.body()
    if not verifier.verify(body, x_tracker_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    if event.get("type") != "position":
        return {"ignored": True}
    store_position(event["mmsi"], event["lat"], event["lon"], event.get("sog", 0.0))
    return {"stored": True}
