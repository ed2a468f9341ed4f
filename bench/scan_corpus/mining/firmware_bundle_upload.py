"""Upload endpoint for payload monitor firmware bundles.

Reliability engineers upload a .tar.gz bundle from the OEM portal; it is
unpacked into the staging area where the fleet update job picks it up.
"""
import io
import json
import os
import tarfile
import uuid
from pathlib import Path

from fastapi import APIRouter, HTTPException, UploadFile

router = APIRouter(prefix="/firmware")
STAGING_ROOT = Path(os.environ.get("FIRMWARE_STAGING", "/var/lib/fleet-updates/staging"))
MAX_BUNDLE_BYTES = 200 * 1024 * 1024


@router.post("/bundles")
async def upload_bundle(file: UploadFile):
    data = await file.read()
    if len(data) > MAX_BUNDLE_BYTES:
        raise HTTPException(413, "bundle too large")
    bundle_id = uuid.uuid4().hex
    dest = STAGING_ROOT / bundle_id
    dest.mkdir(parents=True)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            tar.extractall(dest)
    except tarfile.TarError as exc:
        raise HTTPException(400, f"not a valid bundle: {exc}") from exc
    manifest_path = dest / "manifest.json"
    if not manifest_path.is_file():
        raise HTTPException(400, "bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text())
    return {"bundle_id": bundle_id, "model": manifest.get("model"), "version": manifest.get("version")}
