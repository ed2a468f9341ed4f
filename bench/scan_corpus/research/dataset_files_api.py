"""File download endpoints for the dataset sharing service.

Datasets live on the project filesystem under ``DATASET_ROOT/<project>/``.
Members of a project can list and download its files through the portal.
"""
from __future__ import annotations

import mimetypes
import os
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_user
from .projects import projects_for_user

router = APIRouter(prefix="/datasets", tags=["datasets"])

DATASET_ROOT = Path(os.environ.get("DATASET_ROOT", "/srv/datasets"))
LISTING_LIMIT = 5000


def _project_dir(project: str, user) -> Path:
    if project not in projects_for_user(user):
        raise HTTPException(status_code=404, detail="project not found")
    path = DATASET_ROOT / project
    if not path.is_dir():
        raise HTTPException(status_code=404, detail="project has no datasets")
    return path


@router.get("/{project}/files")
def list_files(project: str, user=Depends(current_user)) -> dict:
    base = _project_dir(project, user)
    files = []
    for entry in sorted(base.rglob("*")):
        if entry.is_file():
            files.append(
                {"path": entry.relative_to(base).as_posix(), "size": entry.stat().st_size}
            )
        if len(files) >= LISTING_LIMIT:
            break
    return {"project": project, "files": files, "truncated": len(files) >= LISTING_LIMIT}


@router.get("/{project}/download")
def download(
    project: str,
    path: str = Query(..., description="file path relative to the project directory"),
    user=Depends(current_user),
) -> FileResponse:
    base = _project_dir(project, user)
    target = os.path.join(base, path)
    if not os.path.isfile(target):
        raise HTTPException(status_code=404, detail="file not found")
    media_type, _ = mimetypes.guess_type(target)
    return FileResponse(
        target,
        media_type=media_type or "application/octet-stream",
        filename=os.path.basename(target),
    )
