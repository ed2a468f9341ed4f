"""Telemetry ingest for smart dimmer controllers.

Each cabinet controller posts a JSON batch of lamp readings (burn hours,
power draw, dim level) and signs the raw body with HMAC-SHA256 using its
provisioning key. During key rotation both the current and the previous
key are accepted.
"""
from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime, timezone

from fastapi import APIRouter, Header, HTTPException, Request

from lamplighter.controllers import keyring
from lamplighter.telemetry import LampReading, store_readings

router = APIRouter(prefix="/telemetry", tags=["telemetry"])


def _sign(key: bytes, body: bytes) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _accepted_signatures(controller_id: str, body: bytes) -> set[str]:
    return {_sign(key, body) for key in keyring.active_keys(controller_id)}


def _parse(controller_id: str, body: bytes) -> list[LampReading]:
    batch = json.loads(body)
    received = datetime.now(timezone.utc)
    return [
        LampReading(
            controller_id=controller_id,
            lamp_id=item["lamp"],
            watts=float(item["w"]),
            dim_level=int(item["dim"]),
            burn_hours=float(item["hrs"]),
            received_at=received,
        )
        for item in batch.get("readings", [])
    ]


@router.post("/{controller_id}/readings", status_code=202)
async def ingest_readings(
    controller_id: str,
    request: Request,
    x_lamp_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if x_lamp_signature.lower() not in _accepted_signatures(controller_id, body):
        raise HTTPException(status_code=401, detail="signature mismatch")
    readings = _parse(controller_id, body)
    await store_readings(readings)
    return {"accepted": len(readings)}
