"""Accept sound-sample uploads and check they arrived intact.

Clients and the shop record short clips of finished instruments (open
strings, scales, a few bars of repertoire). The uploader app sends the
SHA-256 of the file it recorded so truncated uploads over shop Wi-Fi
can be caught and retried.
"""
import hashlib
import uuid
from pathlib import Path

from fastapi import APIRouter, File, Form, HTTPException, UploadFile

router = APIRouter(prefix="/samples")

SAMPLE_ROOT = Path("/srv/luthier/samples")
ALLOWED_TYPES = {"audio/wav": ".wav", "audio/x-wav": ".wav", "audio/flac": ".flac"}
CHUNK = 1024 * 1024


async def _store(upload: UploadFile, dest: Path) -> str:
    digest = hashlib.sha256()
    with dest.open("wb") as fh:
        while chunk := await upload.read(CHUNK):
            digest.update(chunk)
            fh.write(chunk)
    return digest.hexdigest()


@router.post("/{instrument_id}", status_code=201)
async def upload_sample(
    instrument_id: int,
    sample: UploadFile = File(...),
    declared_sha256: str = Form(..., min_length=64, max_length=64),
):
    suffix = ALLOWED_TYPES.get(sample.content_type)
    if suffix is None:
        raise HTTPException(status_code=415, detail="only WAV or FLAC")
    dest_dir = SAMPLE_ROOT / str(instrument_id)
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / f"{uuid.uuid4().hex}{suffix}"

    actual = await _store(sample, dest)
    if actual != declared_sha256.lower():
        dest.unlink(missing_ok=True)
        raise HTTPException(status_code=422, detail="checksum mismatch, please retry the upload")
    return {"instrument_id": instrument_id, "file": dest.name, "sha256": actual}
