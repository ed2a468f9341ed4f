"""Lets horse owners download the PDF reports left by visiting vets."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse


@dataclass(frozen=True)
class ReportStorage:
    root: Path = field(default_factory=lambda: Path(os.environ.get("VET_REPORT_ROOT", "/srv/yard/vet-reports")))
    media_type: str = "application/pdf"

    def report_path(self, horse_id: int, filename: str) -> Path:
        return self.root / f"horse-{horse_id}" / filename


@dataclass
class Owner:
    owner_id: int
    horse_ids: frozenset[int]


def current_owner() -> Owner:
    # Populated by the portal's session middleware in production.
    raise HTTPException(status_code=401)


storage = ReportStorage()
app = FastAPI(title="Vet reports")


@app.get("/horses/{horse_id}/vet-reports")
def list_reports(horse_id: int, owner: Owner = Depends(current_owner)) -> list[str]:
    if horse_id not in owner.horse_ids:
        raise HTTPException(status_code=404)
    folder = storage.root / f"horse-{horse_id}"
    return sorted(p.name for p in folder.glob("*.pdf")) if folder.is_dir() else []


@app.get("/horses/{horse_id}/vet-reports/{filename:path}")
def download_report(horse_id: int, filename: str, owner: Owner = Depends(current_owner)) -> FileResponse:
    if horse_id not in owner.horse_ids:
        raise HTTPException(status_code=404)
    path = storage.report_path(horse_id, filename)
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=storage.media_type, filename=path.name)
