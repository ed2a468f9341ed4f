"""HTTP ingest endpoint for cellular device hubs.

Hubs batch up readings and POST them every few minutes.  Firmware 3.x and
later serialises batches with jsonpickle so that typed payloads (timestamps,
decimals, nested reading objects) round-trip without a custom schema.
"""
from __future__ import annotations

import logging

import jsonpickle
from fastapi import APIRouter, Depends, Header, HTTPException, Request

from .auth import hub_from_api_key
from .queue import publish_readings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/ingest")

MAX_BATCH_BYTES = 512 * 1024


@router.post("/batches", status_code=202)
async def ingest_batch(
    request: Request,
    hub=Depends(hub_from_api_key),
    content_type: str = Header(default="application/json"),
):
    body = await request.body()
    if len(body) > MAX_BATCH_BYTES:
        raise HTTPException(status_code=413, detail="batch too large")
    if not content_type.startswith("application/json"):
        raise HTTPException(status_code=415, detail="expected JSON")

    batch = jsonpickle.decode(body.decode("utf-8"))
    readings = getattr(batch, "readings", None) or batch.get("readings", [])
    if not readings:
        return {"accepted": 0}

    accepted = publish_readings(hub_serial=hub.serial, patient_id=hub.patient_id, readings=readings)
    log.info("hub %s: accepted %d/%d readings", hub.serial, accepted, len(readings))
    return {"accepted": accepted}
