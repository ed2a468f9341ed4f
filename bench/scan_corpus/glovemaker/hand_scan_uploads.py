"""Upload endpoint for 3D hand scans taken at bespoke fitting appointments.

The studio scanner app uploads one or more scan files (STL/OBJ plus a JSON
measurement sheet) against the customer's fitting reference.
"""
import os
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import List

from fastapi import APIRouter, File, HTTPException, UploadFile

router = APIRouter(prefix="/fittings")

SCAN_ROOT = Path(os.environ.get("SCAN_ROOT", "/srv/glovemaker/hand-scans"))
FITTING_REF = re.compile(r"^FT-\d{6}$")
MAX_BYTES = 80 * 1024 * 1024


def _fitting_dir(fitting_ref: str) -> Path:
    if not FITTING_REF.match(fitting_ref):
        raise HTTPException(status_code=400, detail="unknown fitting reference")
    folder = SCAN_ROOT / fitting_ref
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def _save(upload: UploadFile, folder: Path) -> dict:
    data = await upload.read()
    if len(data) > MAX_BYTES:
        raise HTTPException(status_code=413, detail=f"{upload.filename} is too large")
    target = folder / upload.filename
    target.write_bytes(data)
    return {"file": upload.filename, "bytes": len(data)}


@router.post("/{fitting_ref}/scans")
async def upload_scans(fitting_ref: str, files: List[UploadFile] = File(...)):
    folder = _fitting_dir(fitting_ref)
    saved = [await _save(f, folder) for f in files]
    (folder / "uploaded_at.txt").write_text(datetime.now(timezone.utc).isoformat())
    return {"fitting": fitting_ref, "saved": saved}


@router.get("/{fitting_ref}/scans")
async def list_scans(fitting_ref: str):
    folder = _fitting_dir(fitting_ref)
    return {
        "fitting": fitting_ref,
        "files": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }
