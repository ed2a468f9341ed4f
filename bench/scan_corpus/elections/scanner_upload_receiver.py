"""Receive batch uploads from central-count ballot scanners.

Each scanner holds a per-device key; uploads carry an HMAC over the body in the
``X-Scanner-MAC`` header.
"""
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter(prefix="/scanners")

CURRENT_ELECTION = os.environ.get("CURRENT_ELECTION_ID", "")


def _device_key(scanner_id: str) -> bytes:
    value = os.environ.get(f"SCANNER_KEY_{scanner_id.upper()}")
    if value is None:
        raise HTTPException(status_code=404, detail="unknown scanner")
    return bytes.fromhex(value)


@router.post("/{scanner_id}/batches")
async def upload_batch(
    scanner_id: str,
    request: Request,
    x_scanner_mac: str = Header(...),
):
    body = await request.body()
    expected = hmac.new(_device_key(scanner_id), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_scanner_mac.lower()):
        raise HTTPException(status_code=401, detail="MAC mismatch")

    batch = await request.json()
    if batch.get("election_id") != CURRENT_ELECTION:
        raise HTTPException(status_code=409, detail="batch is for a different election")
    if len(batch.get("ballots", [])) != batch.get("ballot_count"):
        raise HTTPException(status_code=422, detail="ballot count mismatch")

    return {"scanner": scanner_id, "accepted": batch["ballot_count"]}
