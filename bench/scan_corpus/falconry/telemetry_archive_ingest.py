"""Ingests the nightly log bundles uploaded by the base station.

The base station in the mews collects data from the birds' trackers over
UHF and uploads a ZIP of per-tracker CSV logs every night.
"""
from __future__ import annotations

import logging
import shutil
import zipfile
from datetime import date
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_base_station
from .ingest import load_tracker_csv

router = APIRouter(prefix="/base-station", tags=["telemetry"])
log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/falconry/telemetry/staging")
MAX_MEMBERS = 500


def unpack_bundle(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise ValueError("too many files in bundle")
        for info in members:
            target = dest / info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


@router.post("/bundles")
async def upload_bundle(file: UploadFile = File(...), station=Depends(require_base_station)):
    day_dir = STAGING_ROOT / station.id / date.today().isoformat()
    day_dir.mkdir(parents=True, exist_ok=True)
    archive_path = day_dir / "bundle.zip"
    with archive_path.open("wb") as fh:
        shutil.copyfileobj(file.file, fh)

    try:
        files = unpack_bundle(archive_path, day_dir / "logs")
    except (zipfile.BadZipFile, ValueError) as exc:
        raise HTTPException(status_code=400, detail=str(exc))

    loaded = 0
    for csv_path in files:
        if csv_path.suffix.lower() == ".csv":
            loaded += load_tracker_csv(station.id, csv_path)
    log.info("station %s bundle: %d files, %d fixes", station.id, len(files), loaded)
    return {"files": len(files), "fixes": loaded}
