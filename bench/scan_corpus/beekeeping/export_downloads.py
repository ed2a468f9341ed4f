"""Download endpoint for generated exports (harvest CSVs, inspection PDFs).

Exports are produced by a background job into a per-beekeeper folder and the
app fetches them by name once the job reports completion.
"""

import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import current_beekeeper

router = APIRouter(prefix="/v2/exports", tags=["exports"])

EXPORT_ROOT = Path(os.environ.get("HIVESENSE_EXPORT_ROOT", "/var/lib/hivesense/exports"))
MEDIA_TYPES = {".csv": "text/csv", ".pdf": "application/pdf"}


def _user_dir(beekeeper_id: int) -> Path:
    return EXPORT_ROOT / str(beekeeper_id)


@router.get("")
def list_exports(beekeeper=Depends(current_beekeeper)):
    folder = _user_dir(beekeeper.id)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix in MEDIA_TYPES)


@router.get("/file")
def download_export(name: str, beekeeper=Depends(current_beekeeper)):
    path = _user_dir(beekeeper.id) / name
    if path.suffix not in MEDIA_TYPES or not path.is_file():
        raise HTTPException(status_code=404, detail="export not found")
    return FileResponse(path, media_type=MEDIA_TYPES[path.suffix], filename=path.name)
