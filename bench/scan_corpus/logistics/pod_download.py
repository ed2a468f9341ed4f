"""Proof-of-delivery uploads from the driver app and downloads for the shipper portal."""
import os
import uuid
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import FileResponse

from .auth import current_driver, current_user
from .shipments import get_shipment_for_driver, get_shipment_for_user

router = APIRouter()
POD_ROOT = Path(os.environ.get("POD_STORAGE_DIR", "/srv/fleetops/pod")).resolve()
ALLOWED_SUFFIXES = {".jpg", ".png", ".pdf"}
MAX_BYTES = 8 * 1024 * 1024


@router.post("/driver/shipments/{shipment_id}/pod")
async def upload_pod(shipment_id: int, file: UploadFile = File(...), driver=Depends(current_driver)):
    shipment = get_shipment_for_driver(shipment_id, driver)
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise HTTPException(415, "unsupported file type")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise HTTPException(413, "file too large")
    folder = POD_ROOT / str(shipment.id)
    folder.mkdir(parents=True, exist_ok=True)
    stored = folder / f"{uuid.uuid4().hex}{suffix}"
    stored.write_bytes(data)
    return {"name": stored.name}


@router.get("/shipments/{shipment_id}/pod/{name}")
def download_pod(shipment_id: int, name: str, user=Depends(current_user)):
    shipment = get_shipment_for_user(shipment_id, user)
    base = (POD_ROOT / str(shipment.id)).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise HTTPException(404, "file not found")
    return FileResponse(candidate, filename=candidate.name)
