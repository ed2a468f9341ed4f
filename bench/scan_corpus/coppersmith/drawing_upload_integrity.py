"""Integrity check for CAD drawings uploaded by design partners.

Partners upload large STEP assemblies over flaky connections; the client
tool sends the SHA-256 it computed locally so a truncated upload can be
rejected and retried instead of being sent to the CNC shop.
"""
import hashlib
from pathlib import Path

from fastapi import APIRouter, Form, HTTPException, UploadFile

from coppersmith.drawings import register_upload, staging_path_for

router = APIRouter(prefix="/drawings")

READ_SIZE = 4 * 1024 * 1024


async def _store_and_hash(upload: UploadFile, target: Path) -> str:
    digest = hashlib.sha256()
    with target.open("wb") as fh:
        while chunk := await upload.read(READ_SIZE):
            digest.update(chunk)
            fh.write(chunk)
    return digest.hexdigest()


@router.post("/{order_id}/upload")
async def upload_drawing(order_id: int, file: UploadFile, sha256: str = Form(...)):
    target = staging_path_for(order_id)
    actual = await _store_and_hash(file, target)
    if actual != sha256.strip().lower():
        target.unlink(missing_ok=True)
        raise HTTPException(422, "Checksum mismatch, please retry the upload")
    record = await register_upload(order_id, target, checksum=actual)
    return {"drawing_id": record.id, "sha256": actual}
