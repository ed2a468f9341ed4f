"""File download endpoint of the package mirror (FastAPI edition)."""
import mimetypes
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from .settings import settings

router = APIRouter()


def _resolve_inside(root: Path, *parts: str) -> Path:
    base = root.resolve()
    candidate = base.joinpath(*parts).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/packages/{project}/{file_path:path}")
def download(project: str, file_path: str) -> FileResponse:
    path = _resolve_inside(Path(settings.mirror_root), project, file_path)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(
        path,
        media_type=media_type,
        filename=path.name,
        headers={"Cache-Control": "public, max-age=3600"},
    )
