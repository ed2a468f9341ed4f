"""Upload of source documents for translation orders."""
import os
import shutil
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import current_client
from .orders import get_order_for_client

router = APIRouter(prefix="/orders")

UPLOAD_ROOT = Path(os.environ.get("TRANSLATION_UPLOADS", "/srv/scrivener/translation-sources"))
ALLOWED_SUFFIXES = {".pdf", ".docx", ".jpg", ".jpeg", ".png", ".tif", ".tiff"}
MAX_BYTES = 40 * 1024 * 1024


def _order_dir(order_id: int) -> Path:
    path = UPLOAD_ROOT / f"order-{order_id:07d}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _store(upload: UploadFile, target: Path) -> int:
    with target.open("wb") as out:
        shutil.copyfileobj(upload.file, out, length=1 << 20)
    size = target.stat().st_size
    if size > MAX_BYTES:
        target.unlink()
        raise HTTPException(status_code=413, detail="file exceeds 40 MB")
    return size


@router.post("/{order_id}/sources")
async def upload_source(order_id: int, file: UploadFile = File(...), client=Depends(current_client)):
    order = get_order_for_client(order_id, client.id)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    if order.status not in {"draft", "awaiting_sources"}:
        raise HTTPException(status_code=409, detail="order no longer accepts documents")
    if Path(file.filename or "").suffix.lower() not in ALLOWED_SUFFIXES:
        raise HTTPException(status_code=415, detail="unsupported file type")
    target = _order_dir(order_id) / file.filename
    size = _store(file, target)
    order.add_source(name=file.filename, size=size)
    return {"order": order_id, "file": file.filename, "bytes": size}


@router.get("/{order_id}/sources")
async def list_sources(order_id: int, client=Depends(current_client)):
    if get_order_for_client(order_id, client.id) is None:
        raise HTTPException(status_code=404, detail="order not found")
    folder = _order_dir(order_id)
    return sorted(p.name for p in folder.iterdir() if p.is_file())
