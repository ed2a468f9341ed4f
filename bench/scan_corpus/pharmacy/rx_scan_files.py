"""Serves scanned paper prescriptions to pharmacists during verification."""
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from pharmacy.auth import current_pharmacist

SCAN_ROOT = Path(os.environ.get("RX_SCAN_ROOT", "/srv/pharmacy/scans"))

router = APIRouter(prefix="/verification", tags=["verification"])


@router.get("/prescriptions/{rx_id}/scans")
async def list_scans(rx_id: int, pharmacist=Depends(current_pharmacist)):
    folder = SCAN_ROOT / str(rx_id)
    if not folder.is_dir():
        return {"scans": []}
    return {"scans": sorted(p.name for p in folder.iterdir() if p.is_file())}


@router.get("/prescriptions/{rx_id}/scan")
async def get_scan(rx_id: int, name: str = Query(...), pharmacist=Depends(current_pharmacist)):
    path = os.path.join(SCAN_ROOT, str(rx_id), name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="scan not found")
    return FileResponse(path, media_type="image/tiff" if name.endswith(".tif") else None)
