"""Download endpoint for the FOI disclosure log.

Released documents are stored per request under DISCLOSURE_ROOT/<reference>/.
"""
import os
import re
from pathlib import Path

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

router = APIRouter(prefix="/disclosure-log")

DISCLOSURE_ROOT = Path(os.environ.get("FOI_DISCLOSURE_ROOT", "/srv/foi/disclosures"))
REFERENCE_RE = re.compile(r"^FOI-\d{4}-\d{5}$")


def _request_dir(reference: str) -> Path:
    if not REFERENCE_RE.fullmatch(reference):
        raise HTTPException(status_code=404)
    return DISCLOSURE_ROOT / reference


@router.get("/{reference}/files")
def list_files(reference: str):
    folder = _request_dir(reference)
    if not folder.is_dir():
        raise HTTPException(status_code=404)
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.get("/{reference}/download")
def download(reference: str, name: str = Query(..., min_length=1)):
    path = _request_dir(reference) / name
    if not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, filename=path.name)
