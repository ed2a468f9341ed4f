"""Download endpoint for generated daily sales reports (CSV/PDF) in the manager portal."""
from __future__ import annotations

import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_manager

router = APIRouter(prefix="/reports")

REPORTS_DIR = os.environ.get("SALES_REPORTS_DIR", "/srv/reports")
MEDIA_TYPES = {".csv": "text/csv", ".pdf": "application/pdf"}


@router.get("/{store_id}/download")
async def download_report(
    store_id: str,
    name: str = Query(..., description="report file name, e.g. 2024-05-01-daily.csv"),
    manager=Depends(current_manager),
):
    if store_id not in manager.store_ids:
        raise HTTPException(status_code=403, detail="not your store")
    path = os.path.join(REPORTS_DIR, store_id, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404, detail="report not found")
    media_type = MEDIA_TYPES.get(os.path.splitext(path)[1], "application/octet-stream")
    return FileResponse(path, media_type=media_type, filename=os.path.basename(path))
