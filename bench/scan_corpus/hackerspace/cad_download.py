"""File download routes for the members' CAD share."""
import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from .auth import current_member
from .config import settings

router = APIRouter(prefix="/files", dependencies=[Depends(current_member)])

SHARE_ROOT = Path(settings.cad_root).resolve()


def resolve_in_share(*parts: str) -> Path:
    candidate = SHARE_ROOT.joinpath(*parts).resolve()
    if not candidate.is_relative_to(SHARE_ROOT):
        raise HTTPException(404, "No such file")
    return candidate


@router.get("/{project}")
def listing(project: str):
    folder = resolve_in_share(project)
    if not folder.is_dir():
        raise HTTPException(404, "Unknown project")
    return [
        {"name": p.name, "size": p.stat().st_size}
        for p in sorted(folder.iterdir())
        if p.is_file()
    ]


@router.get("/{project}/download")
def download(project: str, name: str = Query(..., min_length=1)):
    path = resolve_in_share(project, name)
    if not path.is_file():
        raise HTTPException(404, "No such file")
    media_type, _ = mimetypes.guess_type(path.name)
    return FileResponse(path, media_type=media_type or "application/octet-stream", filename=path.name)
