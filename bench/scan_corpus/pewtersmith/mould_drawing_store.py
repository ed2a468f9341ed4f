"""Technical drawings attached to moulds.

The casting bench looks up a mould by code and fetches its drawings
(sprue layout, shrinkage notes, parting line) by file name.
"""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import bench_user
from .config import settings

router = APIRouter(prefix="/moulds/{mould_code}/drawings", dependencies=[Depends(bench_user)])

MEDIA_TYPES = {".pdf": "application/pdf", ".dxf": "image/vnd.dxf", ".png": "image/png"}


def drawings_root() -> Path:
    return Path(settings.drawings_dir).resolve()


def mould_folder(mould_code: str) -> Path:
    root = drawings_root()
    folder = (root / mould_code).resolve()
    if folder == root or not folder.is_relative_to(root):
        raise HTTPException(status_code=404)
    return folder


def resolve_drawing(mould_code: str, name: str) -> Path:
    folder = mould_folder(mould_code)
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder):
        raise HTTPException(status_code=404)
    return candidate


@router.get("")
async def list_drawings(mould_code: str) -> list[str]:
    folder = mould_folder(mould_code)
    if not folder.is_dir():
        raise HTTPException(status_code=404)
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in MEDIA_TYPES)


@router.get("/{name}")
async def get_drawing(mould_code: str, name: str) -> FileResponse:
    path = resolve_drawing(mould_code, name)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None or not path.is_file():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=media_type, filename=path.name)
