"""Receive job-complete callbacks from the in-house book scanners.

Each scanner station posts a JSON body and an HMAC-SHA256 over
``<timestamp>.<body>`` in the ``X-Scanner-Signature`` header. Callbacks older
than five minutes are refused.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from digitisation.jobs import record_capture

router = APIRouter(prefix="/callbacks")

MAX_SKEW = 300


def _station_secret(station: str) -> bytes:
    value = os.environ.get(f"SCANNER_SECRET_{station.upper()}")
    if not value:
        raise HTTPException(status_code=403, detail="unknown station")
    return value.encode()


@router.post("/scanner/{station}")
async def scanner_done(
    station: str,
    request: Request,
    x_scanner_signature: str = Header(...),
    x_scanner_timestamp: int = Header(...),
):
    if abs(time.time() - x_scanner_timestamp) > MAX_SKEW:
        raise HTTPException(status_code=401, detail="stale callback")
    body = await request.body()
    signed = f"{x_scanner_timestamp}.".encode() + body
    expected = hmac.new(_station_secret(station), signed, hashlib.sha256).hexdigest()
    provided = x_scanner_signature
    if not hmac.compare_digest(provided, expected):
        raise HTTPException(status_code=401, detail="signature mismatch")
    payload = await request.json()
    record_capture(station=station, job_id=payload["job_id"], images=payload["images"])
    return {"accepted": True}
