"""Serves signed waiver PDFs to the front desk and to the student who signed them."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/waivers")


class WaiverStorage:
    root = Path(os.environ.get("WAIVER_ROOT", "/srv/kiteschool/waivers"))
    media_type = "application/pdf"

    @classmethod
    def season_dir(cls, season: int) -> Path:
        return cls.root / str(season)

    @classmethod
    def locate(cls, season: int, document: str) -> Path:
        return cls.season_dir(season) / document


def require_staff_or_owner(student_id: int = Query(...)) -> int:
    return student_id


@router.get("/{season}/download")
def download_waiver(
    season: int,
    document: str = Query(..., description="file name of the signed waiver"),
    student_id: int = Depends(require_staff_or_owner),
):
    path = WaiverStorage.locate(season, document)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="waiver not found")
    return FileResponse(path, media_type=WaiverStorage.media_type, filename=path.name)


@router.get("/{season}")
def list_waivers(season: int) -> dict:
    folder = WaiverStorage.season_dir(season)
    if not folder.is_dir():
        return {"season": season, "documents": []}
    return {"season": season, "documents": sorted(p.name for p in folder.glob("*.pdf"))}
