"""Endpoint used by tram-stop validators to upload offline tap batches.

When a stop validator loses its uplink it buffers taps locally; on
reconnection it posts the buffered batch here. Validator firmware 7
serialises the batch with jsonpickle so that the tap objects keep their
types (timestamps, Decimal fares) across the wire.
"""
import logging

import jsonpickle
from fastapi import APIRouter, Depends, HTTPException, Request

from .auth import validator_device
from .ledger import TapLedger, get_ledger

log = logging.getLogger(__name__)
router = APIRouter(prefix="/validators")

MAX_BATCH_BYTES = 4 * 1024 * 1024


@router.post("/{device_id}/offline-batch", status_code=202)
async def upload_offline_batch(
    device_id: str,
    request: Request,
    device=Depends(validator_device),
    ledger: TapLedger = Depends(get_ledger),
):
    if device.id != device_id:
        raise HTTPException(403, "device mismatch")
    body = await request.body()
    if len(body) > MAX_BATCH_BYTES:
        raise HTTPException(413, "batch too large")

    batch = jsonpickle.decode(body.decode("utf-8"))
    taps = batch.get("taps", [])
    accepted = 0
    for tap in taps:
        if ledger.add_offline_tap(device_id=device_id, tap=tap):
            accepted += 1
    log.info("device %s offline batch: %d/%d taps accepted", device_id, accepted, len(taps))
    return {"accepted": accepted, "received": len(taps)}
