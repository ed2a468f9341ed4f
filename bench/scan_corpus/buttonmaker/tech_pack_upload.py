"""Upload tech packs (PDF/AI specs) that fashion houses attach to custom orders."""
from __future__ import annotations

import os
from pathlib import Path

import aiofiles
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from buttonworks.auth import current_house
from buttonworks.orders import OrderService

router = APIRouter(prefix="/orders")

UPLOAD_ROOT = Path(os.environ.get("TECH_PACK_ROOT", "/srv/buttonworks/techpacks"))
MAX_BYTES = 40 * 1024 * 1024
ACCEPTED_TYPES = {"application/pdf", "application/postscript", "image/png", "image/jpeg"}


async def _store(order_ref: str, upload: UploadFile) -> Path:
    folder = UPLOAD_ROOT / order_ref
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / upload.filename
    written = 0
    async with aiofiles.open(target, "wb") as out:
        while chunk := await upload.read(1 << 20):
            written += len(chunk)
            if written > MAX_BYTES:
                raise HTTPException(status_code=413, detail="tech pack too large")
            await out.write(chunk)
    return target


@router.post("/{order_ref}/tech-packs")
async def upload_tech_pack(order_ref: str, file: UploadFile = File(...),
                           house=Depends(current_house)):
    order = await OrderService().get(order_ref)
    if order is None or order.house_code != house.code:
        raise HTTPException(status_code=404, detail="order not found")
    if file.content_type not in ACCEPTED_TYPES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    stored = await _store(order.reference, file)
    await OrderService().attach_document(order.reference, stored.name, kind="tech_pack")
    return {"order": order.reference, "file": stored.name, "bytes": stored.stat().st_size}
