"""Receives status callbacks from the contracted organ courier company."""
from __future__ import annotations

import hashlib
import hmac
import os
from datetime import datetime

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter(prefix="/webhooks/courier")


class CourierStatus(BaseModel):
    shipment_ref: str
    status: str
    location: str | None = None
    box_temp_c: float | None = None
    reported_at: datetime


def _webhook_secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_webhook_secret(), timestamp.encode() + b"." + body, hashlib.sha256)
    return mac.hexdigest()


def _signature_matches(received: str, expected: str) -> bool:
    scheme, _, value = received.partition("=")
    return scheme == "v1" and value.lower() == expected


async def _record_status(update: CourierStatus) -> None:
    from .shipments import shipment_store

    await shipment_store.append_event(
        update.shipment_ref, update.status, update.location, update.box_temp_c, update.reported_at
    )


@router.post("/status", status_code=202)
async def courier_status(
    request: Request,
    x_courier_signature: str = Header(...),
    x_courier_timestamp: str = Header(...),
) -> dict:
    body = await request.body()
    expected = _expected_signature(body, x_courier_timestamp)
    if not _signature_matches(x_courier_signature, expected):
        raise HTTPException(status_code=401, detail="signature mismatch")
    update = CourierStatus.model_validate_json(body)
    await _record_status(update)
    return {"accepted": update.shipment_ref}
