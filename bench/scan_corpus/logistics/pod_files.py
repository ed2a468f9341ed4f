"""Proof-of-delivery (POD) file access for the shipper portal.

Drivers upload signature captures and doorstep photos from the app; they are
stored under ``$POD_STORAGE_DIR/<shipment id>/``.
"""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_user
from .shipments import get_shipment_for_user

router = APIRouter()
POD_ROOT = Path(os.environ.get("POD_STORAGE_DIR", "/srv/fleetops/pod"))
MEDIA_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf"}


@router.get("/shipments/{shipment_id}/pod")
def list_pod(shipment_id: int, user=Depends(current_user)):
    shipment = get_shipment_for_user(shipment_id, user)
    folder = POD_ROOT / str(shipment.id)
    if not folder.is_dir():
        return {"files": []}
    return {"files": sorted(p.name for p in folder.iterdir() if p.is_file())}


@router.get("/shipments/{shipment_id}/pod/file")
def get_pod_file(shipment_id: int, name: str = Query(...), user=Depends(current_user)):
    shipment = get_shipment_for_user(shipment_id, user)
    path = POD_ROOT / str(shipment.id) / name
    if not path.is_file():
        raise HTTPException(status_code=404, detail="file not found")
    media_type = MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=path.name)
