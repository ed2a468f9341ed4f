"""Upload of measured net specs from naval architects.

Designers upload a spec bundle (drawings, panel tables) together with a
manifest listing the SHA-256 of every file. The checksums are published in
the manifest and only catch truncated or corrupted uploads.
"""
import hashlib
import json
from pathlib import Path

from fastapi import APIRouter, File, HTTPException, UploadFile

from netmaker.settings import SPEC_INBOX_DIR
from netmaker.specs import register_bundle

router = APIRouter(prefix="/specs")

CHUNK = 1024 * 1024


async def _sha256_of(upload: UploadFile) -> str:
    digest = hashlib.sha256()
    while chunk := await upload.read(CHUNK):
        digest.update(chunk)
    await upload.seek(0)
    return digest.hexdigest()


@router.post("/bundles")
async def upload_bundle(manifest: UploadFile = File(...), files: list[UploadFile] = File(...)):
    listed = json.loads(await manifest.read())
    bundle_id = int(listed["bundle_id"])
    checksums = {entry["name"]: entry["sha256"].lower() for entry in listed["files"]}
    stored = []
    for index, upload in enumerate(files):
        expected = checksums.get(upload.filename)
        if expected is None:
            raise HTTPException(422, detail=f"{upload.filename} is not listed in the manifest")
        actual = await _sha256_of(upload)
        if actual != expected:
            raise HTTPException(422, detail=f"checksum mismatch for {upload.filename}")
        target = Path(SPEC_INBOX_DIR) / f"{bundle_id:08d}-{index:03d}.bin"
        target.write_bytes(await upload.read())
        stored.append({"original_name": upload.filename, "stored_as": target.name, "sha256": actual})
    bundle = await register_bundle(bundle_id, listed.get("order_id"), stored)
    return {"bundle": bundle.id, "files": len(stored)}
