"""Batch upload of offline keg scans from driver handsets.

Handsets lose signal in cellars and country lanes, so scans are queued on the
device and uploaded as a gzip batch when coverage returns. The handset sends
the SHA-256 of the compressed batch so truncated mobile uploads are caught
before anything is written.
"""
import gzip
import hashlib
import json

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from drayman.auth import ShiftContext, current_shift
from drayman.keg_events import record_scans
from drayman.settings import settings

router = APIRouter(prefix="/driver-app/scans")


def _decode_batch(blob: bytes) -> list[dict]:
    if len(blob) > settings.MAX_SCAN_BATCH_BYTES:
        raise HTTPException(status_code=413, detail="Batch too large")
    try:
        return json.loads(gzip.decompress(blob))
    except (OSError, ValueError) as exc:
        raise HTTPException(status_code=400, detail="Unreadable batch") from exc


@router.post("/batch")
async def upload_batch(
    request: Request,
    x_batch_sha256: str = Header(...),
    shift: ShiftContext = Depends(current_shift),
):
    blob = await request.body()
    received = hashlib.sha256(blob).hexdigest()
    if received != x_batch_sha256.strip().lower():
        raise HTTPException(status_code=422, detail="Checksum mismatch, please resend")
    scans = _decode_batch(blob)
    accepted = await record_scans(
        handset_id=shift.handset_id,
        driver_id=shift.driver_id,
        scans=scans,
    )
    return {"received": len(scans), "accepted": len(accepted), "sha256": received}
