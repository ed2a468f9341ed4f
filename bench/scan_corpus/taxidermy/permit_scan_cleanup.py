"""Lets the front desk remove mis-scanned permit documents.

Scanned permits (state possession permits, CITES export papers, USFWS
salvage forms) are dropped into a shared scan folder by the document
scanner and later attached to specimens.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .auth import StaffUser, require_staff

log = logging.getLogger(__name__)


class ScanSettings(BaseSettings):
    scan_dir: str = "/srv/studio/permit-scans"
    keep_days: int = 400


settings = ScanSettings()
app = FastAPI()


class DeleteScan(BaseModel):
    filename: str
    reason: str


@app.get("/scans")
def list_scans(user: StaffUser = Depends(require_staff)):
    entries = []
    with os.scandir(settings.scan_dir) as it:
        for entry in it:
            if entry.is_file() and entry.name.lower().endswith((".pdf", ".tif", ".jpg")):
                stat = entry.stat()
                entries.append(
                    {
                        "name": entry.name,
                        "size": stat.st_size,
                        "scanned": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
                    }
                )
    return sorted(entries, key=lambda e: e["scanned"], reverse=True)


@app.post("/scans/delete")
def delete_scan(body: DeleteScan, user: StaffUser = Depends(require_staff)):
    target = os.path.join(settings.scan_dir, body.filename)
    if not os.path.isfile(target):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such scan")
    os.remove(target)
    log.info("scan %s deleted by %s: %s", body.filename, user.username, body.reason)
    return {"deleted": body.filename}
