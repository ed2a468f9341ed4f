"""FastAPI routes for operators to list and download telemetry CSV exports."""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from vendops.auth import require_operator
from vendops.settings import settings

router = APIRouter(prefix="/exports", dependencies=[Depends(require_operator)])

EXPORT_ROOT = Path(settings.export_dir)


def _export_path(name: str) -> Path:
    return EXPORT_ROOT / name


@router.get("/")
def list_exports() -> list[dict]:
    return [
        {"name": p.name, "size": p.stat().st_size}
        for p in sorted(EXPORT_ROOT.glob("*.csv"), key=lambda p: p.stat().st_mtime, reverse=True)
    ]


@router.get("/{filename:path}")
def download_export(filename: str) -> FileResponse:
    path = _export_path(filename)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(path, media_type="text/csv", filename=path.name)
