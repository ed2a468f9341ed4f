"""Import of inspection archives from the yard tablet app (v2 sync API)."""
import json
import logging
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_device
from .settings import settings
from .storage import store_inspection

router = APIRouter(prefix="/v2/sync")
log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 200 * 1024 * 1024


def _extract(upload: UploadFile, dest: Path) -> dict:
    with tarfile.open(fileobj=upload.file, mode="r:gz") as bundle:
        bundle.extractall(dest, filter="data")
    manifest = dest / "inspection.json"
    if not manifest.is_file():
        raise HTTPException(status_code=422, detail="bundle has no inspection.json")
    return json.loads(manifest.read_text())


@router.post("/inspections")
async def sync_inspection(bundle: UploadFile = File(...), device=Depends(require_device)):
    if bundle.size is not None and bundle.size > MAX_BUNDLE_BYTES:
        raise HTTPException(status_code=413, detail="bundle too large")
    with tempfile.TemporaryDirectory(dir=settings.inspection_spool_dir) as tmp:
        manifest = _extract(bundle, Path(tmp))
        reference = store_inspection(Path(tmp), manifest, device_id=device.id)
    log.info("stored inspection %s from device %s", reference, device.id)
    return {"status": "stored", "reference": reference}
