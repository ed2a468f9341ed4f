"""Verify signed delivery-exception callbacks from carrier partners."""
from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
MAX_SKEW_S = 300


@dataclass(frozen=True)
class SignatureHeader:
    timestamp: int
    digest: str

    @classmethod
    def parse(cls, raw: str) -> "SignatureHeader":
        parts = dict(item.split("=", 1) for item in raw.split(",") if "=" in item)
        try:
            return cls(timestamp=int(parts["t"]), digest=parts["v1"])
        except (KeyError, ValueError):
            raise HTTPException(status_code=400, detail="malformed signature header")


def _secret(partner: str) -> bytes:
    value = os.environ.get(f"{partner.upper()}_CALLBACK_SECRET")
    if not value:
        raise HTTPException(status_code=404, detail="unknown partner")
    return value.encode()


def verify(partner: str, header: SignatureHeader, body: bytes) -> None:
    if abs(time.time() - header.timestamp) > MAX_SKEW_S:
        raise HTTPException(status_code=401, detail="stale signature")
    mac = hmac.new(_secret(partner), f"{header.timestamp}.".encode() + body, hashlib.sha256)
    if not hmac.compare_digest(mac.hexdigest(), header.digest):
        raise HTTPException(status_code=401, detail="signature mismatch")


@app.post("/carriers/{partner}/exceptions")
async def delivery_exception(partner: str, request: Request):
    header = SignatureHeader.parse(request.headers.get("X-Carrier-Signature", ""))
    body = await request.body()
    verify(partner, header, body)
    event = await request.json()
    if event.get("type") == "address_issue":
        from .rerouting import queue_reroute

        queue_reroute(event["tracking_id"], event.get("detail", ""))
    return {"status": "ok"}
