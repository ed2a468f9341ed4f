"""Ingest batches from roaming photographers.

Photographers' cameras dock at the end of a shift and the dock software
posts a .tar.gz of the day's shots plus a manifest.json. We unpack into a
staging directory and queue each frame for face-matching.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_photographer
from .queueing import enqueue_frame

router = APIRouter(prefix="/photographers")
STAGING_ROOT = Path("/srv/photo-ingest/staging")


def _unpack(archive_path: Path, dest: Path) -> None:
    with tarfile.open(archive_path, mode="r:gz") as tar:
        tar.extractall(path=dest)


@router.post("/batches")
async def upload_batch(
    archive: UploadFile = File(...),
    photographer=Depends(require_photographer),
):
    workdir = Path(tempfile.mkdtemp(prefix="batch-", dir=STAGING_ROOT))
    archive_path = workdir / "upload.tar.gz"
    with archive_path.open("wb") as fh:
        shutil.copyfileobj(archive.file, fh)

    batch_dir = workdir / "frames"
    batch_dir.mkdir()
    _unpack(archive_path, batch_dir)

    manifest_file = batch_dir / "manifest.json"
    if not manifest_file.exists():
        shutil.rmtree(workdir)
        raise HTTPException(status_code=422, detail="manifest.json missing")

    manifest = json.loads(manifest_file.read_text())
    locations = {f["file"]: f.get("location") for f in manifest.get("frames", [])}
    frames = sorted(batch_dir.rglob("*.jpg"))
    for frame in frames:
        enqueue_frame(photographer.id, str(frame), locations.get(frame.name))
    return {"batch": workdir.name, "frames": len(frames)}
