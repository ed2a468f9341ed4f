"""Engineers upload a tar.gz of before/after photos at the end of each job."""

import tarfile
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from jobs.auth import current_engineer
from jobs.photos import register_photos

router = APIRouter(prefix="/api/jobs", tags=["photos"])

PHOTO_ROOT = Path("/srv/jobs/photos")
MAX_UPLOAD_BYTES = 200 * 1024 * 1024


def _unpack(archive_file, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=archive_file, mode="r:gz") as archive:
        archive.extractall(dest)
    return sorted(p for p in dest.rglob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".heic"})


@router.post("/{job_ref}/photos")
async def upload_photos(job_ref: str, bundle: UploadFile = File(...), engineer=Depends(current_engineer)):
    if not job_ref.isalnum():
        raise HTTPException(400, "invalid job reference")
    bundle.file.seek(0, 2)
    if bundle.file.tell() > MAX_UPLOAD_BYTES:
        raise HTTPException(413, "archive too large")
    bundle.file.seek(0)
    batch_dir = PHOTO_ROOT / job_ref / uuid.uuid4().hex
    try:
        photos = _unpack(bundle.file, batch_dir)
    except tarfile.TarError as exc:
        raise HTTPException(400, "could not read archive") from exc
    register_photos(job_ref, engineer.id, photos)
    return {"job_ref": job_ref, "photos": len(photos)}
