"""Download endpoint for athletes' generated erg training exports."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from club.auth import Athlete, current_athlete
from club.settings import settings

router = APIRouter(prefix="/erg/exports", tags=["erg"])

EXPORT_ROOT = Path(settings.erg_export_dir).resolve()
EXPORT_FORMATS = {"csv": "text/csv", "fit": "application/vnd.ant.fit", "tcx": "application/vnd.garmin.tcx+xml"}


def _athlete_dir(athlete_id: int) -> Path:
    return EXPORT_ROOT / f"athlete-{athlete_id:06d}"


def _resolve_export(athlete_id: int, name: str, fmt: str) -> Path:
    base = _athlete_dir(athlete_id)
    candidate = (base / f"{name}.{fmt}").resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="Export not found")
    return candidate


@router.get("")
def list_exports(athlete: Athlete = Depends(current_athlete)) -> dict:
    folder = _athlete_dir(athlete.id)
    if not folder.is_dir():
        return {"exports": []}
    return {
        "exports": [
            {"name": p.stem, "format": p.suffix.lstrip("."), "bytes": p.stat().st_size}
            for p in sorted(folder.iterdir())
            if p.suffix.lstrip(".") in EXPORT_FORMATS
        ]
    }


@router.get("/download")
def download_export(
    name: str = Query(..., min_length=1, max_length=200),
    fmt: str = Query("csv"),
    athlete: Athlete = Depends(current_athlete),
) -> FileResponse:
    if fmt not in EXPORT_FORMATS:
        raise HTTPException(status_code=400, detail="Unsupported export format")
    path = _resolve_export(athlete.id, name, fmt)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="Export not found")
    return FileResponse(path, media_type=EXPORT_FORMATS[fmt], filename=f"erg-{path.stem}.{fmt}")
