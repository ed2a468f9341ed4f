"""Staging of OEM firmware bundles for the dozer and loader fleet.

Bundles are .tar.gz archives downloaded from the OEM portal by engineers and
uploaded here. They are unpacked with the ``data`` extraction filter so that
absolute paths, ``..`` components, links out of the tree and device files are
rejected.
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
REQUIRED_KEYS = {"model", "version", "sha256"}


@router.post("/bundles")
async def stage_bundle(file: UploadFile):
    data = await file.read()
    if len(data) > MAX_BUNDLE_BYTES:
        raise HTTPException(413, "bundle too large")
    dest = STAGING_ROOT / uuid.uuid4().hex
    dest.mkdir(parents=True)
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            tar.extractall(dest, filter="data")
    except (tarfile.TarError, tarfile.FilterError) as exc:
        raise HTTPException(400, f"rejected bundle: {exc}") from exc
    try:
        manifest = json.loads((dest / "manifest.json").read_text())
    except (OSError, ValueError) as exc:
        raise HTTPException(400, "bundle manifest missing or unreadable") from exc
    if not REQUIRED_KEYS <= manifest.keys():
        raise HTTPException(400, "manifest incomplete")
    return {"bundle_id": dest.name, "model": manifest["model"], "version": manifest["version"]}
