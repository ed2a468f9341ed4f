"""Accepts cargo manifest uploads from shippers and checks transfer integrity."""
import hashlib

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

from bargeman.manifests import latest_manifest, store_manifest
from bargeman.settings import settings

router = APIRouter(prefix="/manifests")


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@router.post("/{booking_ref}")
async def upload_manifest(
    booking_ref: str,
    manifest: UploadFile = File(...),
    declared_sha256: str = Form(...),
):
    data = await manifest.read()
    if len(data) > settings.MAX_MANIFEST_BYTES:
        raise HTTPException(413, "manifest too large")
    actual = _sha256_hex(data)
    if actual != declared_sha256.lower():
        raise HTTPException(422, "manifest corrupted in transit, please re-upload")
    record = await store_manifest(booking_ref, manifest.filename, data, checksum=actual)
    return {"manifest_id": record.id, "sha256": actual, "lines": record.line_count}


@router.get("/{booking_ref}/checksum")
async def manifest_checksum(booking_ref: str):
    record = await latest_manifest(booking_ref)
    if record is None:
        raise HTTPException(404, "no manifest on file")
    return {"booking_ref": booking_ref, "sha256": record.checksum}
