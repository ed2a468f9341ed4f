"""Firmware upload for the brine sensor gateways.

The electronics contractor uploads new gateway firmware images through this
admin API; gateways poll the manifest nightly and pull the new image.
"""
import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, HTTPException, UploadFile

from .auth import require_role

FIRMWARE_DIR = Path("/srv/saltpan/firmware")
MANIFEST = FIRMWARE_DIR / "manifest.json"
MAX_IMAGE_BYTES = 8 * 1024 * 1024

router = APIRouter(prefix="/admin/firmware", dependencies=[Depends(require_role("firmware"))])


def _update_manifest(entry: dict) -> None:
    manifest = json.loads(MANIFEST.read_text()) if MANIFEST.exists() else {"images": []}
    manifest["images"] = [i for i in manifest["images"] if i["version"] != entry["version"]]
    manifest["images"].append(entry)
    manifest["latest"] = entry["version"]
    MANIFEST.write_text(json.dumps(manifest, indent=2))


@router.post("/images")
async def upload_image(version: str = Form(...), image: UploadFile = File(...)):
    data = await image.read()
    if len(data) > MAX_IMAGE_BYTES:
        raise HTTPException(413, "firmware image too large")
    if not data.startswith(b"\x7fELF") and not data.startswith(b"SPFW"):
        raise HTTPException(422, "not a gateway firmware image")

    target = FIRMWARE_DIR / version / image.filename
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)

    entry = {
        "version": version,
        "file": f"{version}/{image.filename}",
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "uploaded_at": datetime.now(timezone.utc).isoformat(),
    }
    _update_manifest(entry)
    return entry
