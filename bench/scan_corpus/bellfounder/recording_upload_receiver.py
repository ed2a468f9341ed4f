"""Accepts strike-note recordings uploaded from the tuning bench laptops."""

import hashlib
from pathlib import Path
from uuid import uuid4

from fastapi import APIRouter, Depends, File, Header, HTTPException, UploadFile

from bellfounder.auth import require_staff
from bellfounder.settings import settings

router = APIRouter(prefix="/recordings", dependencies=[Depends(require_staff)])

MAX_BYTES = 200 * 1024 * 1024


async def _store(upload: UploadFile, dest: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with dest.open("wb") as out:
        while chunk := await upload.read(1 << 16):
            size += len(chunk)
            if size > MAX_BYTES:
                raise HTTPException(status_code=413, detail="recording too large")
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest(), size


@router.post("/{bell_id}")
async def receive_recording(
    bell_id: int,
    recording: UploadFile = File(...),
    content_sha256: str = Header(..., alias="X-Content-SHA256"),
):
    dest = Path(settings.RECORDINGS_ROOT) / f"{bell_id}-{uuid4().hex}.wav"
    actual, size = await _store(recording, dest)
    if actual != content_sha256.lower():
        dest.unlink(missing_ok=True)
        raise HTTPException(status_code=422, detail="checksum mismatch, please re-upload")
    return {"bell_id": bell_id, "stored_as": dest.name, "bytes": size, "sha256": actual}
