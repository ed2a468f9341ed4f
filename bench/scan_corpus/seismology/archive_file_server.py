"""Serve response (RESP) and dataless files from the metadata archive."""
from __future__ import annotations

import os
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/metadata", tags=["metadata"])

METADATA_ROOT = Path(os.environ.get("METADATA_ARCHIVE_ROOT", "/data/archive/metadata")).resolve()


def _resolve_inside(root: Path, *parts: str) -> Path:
    candidate = root.joinpath(*parts).resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=400, detail="invalid path")
    return candidate


@router.get("/{network}/file")
def metadata_file(network: str, name: str = Query(..., max_length=128)):
    path = _resolve_inside(METADATA_ROOT, network, name)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type="text/plain", filename=path.name)
