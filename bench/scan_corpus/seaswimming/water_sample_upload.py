"""FastAPI endpoint where sampling volunteers upload lab result sheets.

The lab sends back a CSV per sampling run; volunteers upload it here and a
nightly job imports it into the readings table.
"""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import Depends, FastAPI, File, HTTPException, UploadFile

from .auth import require_sampler

app = FastAPI()


class UploadSettings:
    root: Path = Path(os.environ.get("SAMPLE_UPLOAD_ROOT", "/var/lib/seaswim/samples"))
    max_bytes: int = 2 * 1024 * 1024
    allowed_suffixes: tuple[str, ...] = (".csv", ".txt")


settings = UploadSettings()


def _target_path(site_code: str, original_name: str) -> Path:
    site_dir = settings.root / site_code.upper()
    site_dir.mkdir(parents=True, exist_ok=True)
    return site_dir / original_name


@app.post("/sites/{site_code}/samples")
async def upload_sample_sheet(
    site_code: str,
    sheet: UploadFile = File(...),
    sampler: str = Depends(require_sampler),
):
    if not site_code.isalnum():
        raise HTTPException(status_code=400, detail="bad site code")
    name = sheet.filename or ""
    if Path(name).suffix.lower() not in settings.allowed_suffixes:
        raise HTTPException(status_code=415, detail="upload a CSV lab sheet")
    data = await sheet.read()
    if len(data) > settings.max_bytes:
        raise HTTPException(status_code=413, detail="file too large")
    target = _target_path(site_code, name)
    with open(target, "wb") as fh:
        fh.write(data)
    return {"stored": target.name, "site": site_code.upper(), "uploaded_by": sampler}
