"""Download endpoints for the shared CAD file server.

Files live on the NAS under CAD_ROOT/<project>/<file>. Any logged-in member
may download from any project; uploads go through the sync client.
"""
import mimetypes
import os

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_member
from .config import settings

router = APIRouter(prefix="/cad", dependencies=[Depends(current_member)])

CAD_ROOT = settings.cad_root


def _projects() -> set[str]:
    return {e.name for e in os.scandir(CAD_ROOT) if e.is_dir()}


@router.get("/{project}")
def list_project(project: str):
    if project not in _projects():
        raise HTTPException(404, "Unknown project")
    entries = [e for e in os.scandir(os.path.join(CAD_ROOT, project)) if e.is_file()]
    return sorted(({"name": e.name, "size": e.stat().st_size} for e in entries), key=lambda d: d["name"])


@router.get("/{project}/download")
def download(project: str, name: str = Query(..., min_length=1)):
    if project not in _projects():
        raise HTTPException(404, "Unknown project")
    path = os.path.join(CAD_ROOT, project, name)
    if not os.path.isfile(path):
        raise HTTPException(404, "No such file")
    media_type, _ = mimetypes.guess_type(path)
    return FileResponse(path, media_type=media_type or "application/octet-stream", filename=os.path.basename(path))
