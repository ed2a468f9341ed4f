"""Offline sync of inspection bundles from the yard tablet app.

When a yard has no signal, the tablet packs the check-out/check-in
inspection (JSON + photos) into a .tar.gz and uploads it once it is back
online.
"""
import json
import logging
import tarfile
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_device
from .settings import settings
from .tasks import enqueue_inspection

router = APIRouter(prefix="/sync")
log = logging.getLogger(__name__)


def _unpack_bundle(upload: UploadFile, workdir: Path) -> dict:
    with tarfile.open(fileobj=upload.file, mode="r:gz") as bundle:
        bundle.extractall(workdir)
    manifest_path = workdir / "inspection.json"
    if not manifest_path.exists():
        raise HTTPException(status_code=422, detail="bundle has no inspection.json")
    return json.loads(manifest_path.read_text())


@router.post("/inspections")
async def upload_inspection_bundle(
    bundle: UploadFile = File(...),
    device=Depends(require_device),
):
    workdir = Path(settings.inspection_spool_dir) / uuid.uuid4().hex
    workdir.mkdir(parents=True)
    manifest = _unpack_bundle(bundle, workdir)
    enqueue_inspection(str(workdir), manifest["reservationId"], device_id=device.id)
    log.info("queued inspection bundle for reservation %s", manifest["reservationId"])
    return {"status": "queued"}
