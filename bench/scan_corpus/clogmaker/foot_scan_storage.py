"""Async storage service for customer foot scans (STL/OBJ) used to shape custom lasts."""

from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, HTTPException, UploadFile
from fastapi.responses import Response

from clogmaker.auth import require_fitter
from clogmaker.config import settings

router = APIRouter(prefix="/scans", dependencies=[Depends(require_fitter)])

ALLOWED_SUFFIXES = {".stl", ".obj", ".ply"}
MEDIA_TYPES = {".stl": "model/stl", ".obj": "model/obj", ".ply": "application/octet-stream"}


class ScanStore:
    def __init__(self, root: str = settings.FOOT_SCAN_ROOT):
        self.root = Path(root)

    def customer_dir(self, customer_id: int) -> Path:
        return self.root / f"customer-{customer_id:06d}"

    def locate(self, customer_id: int, scan_name: str) -> Path:
        return self.customer_dir(customer_id) / scan_name

    async def read(self, customer_id: int, scan_name: str) -> bytes:
        async with aiofiles.open(self.locate(customer_id, scan_name), "rb") as fh:
            return await fh.read()


store = ScanStore()


@router.get("/{customer_id}/{scan_name}")
async def fetch_scan(customer_id: int, scan_name: str):
    suffix = Path(scan_name).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415)
    try:
        data = await store.read(customer_id, scan_name)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    return Response(content=data, media_type=MEDIA_TYPES[suffix])


@router.post("/{customer_id}")
async def upload_scan(customer_id: int, upload: UploadFile):
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415)
    target_dir = store.customer_dir(customer_id)
    target_dir.mkdir(parents=True, exist_ok=True)
    existing = len(list(target_dir.glob("scan-*")))
    target = target_dir / f"scan-{existing + 1:03d}{suffix}"
    async with aiofiles.open(target, "wb") as fh:
        await fh.write(await upload.read())
    return {"stored_as": target.name}
