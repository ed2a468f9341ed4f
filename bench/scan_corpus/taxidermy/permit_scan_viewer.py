"""Lets staff open and archive scanned permit documents.

The document scanner drops files into the scan folder; staff preview them
here before attaching them to a specimen's permit record.
"""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.responses import FileResponse
from pydantic import BaseModel
from pydantic_settings import BaseSettings

from .auth import StaffUser, require_staff

log = logging.getLogger(__name__)


class ScanSettings(BaseSettings):
    scan_dir: Path = Path("/srv/studio/permit-scans")
    archive_dir: Path = Path("/srv/studio/permit-archive")


settings = ScanSettings()
app = FastAPI()


def confined(base: Path, name: str) -> Path:
    root = base.resolve()
    candidate = (root / name).resolve()
    if not candidate.is_relative_to(root) or candidate == root:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "invalid file name")
    return candidate


class ArchiveScan(BaseModel):
    filename: str
    permit_number: str


@app.get("/scans/{filename}")
def view_scan(filename: str, user: StaffUser = Depends(require_staff)):
    path = confined(settings.scan_dir, filename)
    if not path.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such scan")
    return FileResponse(path, filename=path.name)


@app.post("/scans/archive")
def archive_scan(body: ArchiveScan, user: StaffUser = Depends(require_staff)):
    source = confined(settings.scan_dir, body.filename)
    if not source.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such scan")
    dest_dir = settings.archive_dir / "".join(c for c in body.permit_number if c.isalnum() or c == "-")
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / source.name
    shutil.move(str(source), dest)
    log.info("scan %s archived under permit %s by %s", source.name, body.permit_number, user.username)
    return {"archived": str(dest.relative_to(settings.archive_dir))}
