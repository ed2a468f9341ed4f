"""Serves drawing PDFs and DXFs from the drawing office share.

Paths arrive relative to the job folder, e.g. /drawings/JN-2024-0113/stairs/rev-C.pdf,
because the drawing office keeps sub-folders per product.
"""
import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from .auth import staff_user
from .settings import settings

router = APIRouter(prefix="/drawings")
ALLOWED_SUFFIXES = {".pdf", ".dxf", ".dwg", ".png"}


def drawings_root() -> Path:
    return Path(settings.drawing_root).resolve()


def resolve_drawing(job_ref: str, relative: str) -> Path:
    root = drawings_root()
    job_dir = (root / job_ref).resolve()
    candidate = (job_dir / relative).resolve()
    if job_dir.parent != root or not candidate.is_relative_to(job_dir):
        raise HTTPException(status_code=404, detail="drawing not found")
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404, detail="drawing not found")
    return candidate


@router.get("/{job_ref}/{relative:path}")
def download_drawing(job_ref: str, relative: str, user=Depends(staff_user)):
    path = resolve_drawing(job_ref, relative)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media_type, filename=path.name)


@router.get("/{job_ref}")
def list_drawings(job_ref: str, user=Depends(staff_user)):
    root = drawings_root()
    job_dir = (root / job_ref).resolve()
    if job_dir.parent != root or not job_dir.is_dir():
        raise HTTPException(status_code=404, detail="job not found")
    return {
        "job": job_ref,
        "files": sorted(
            str(p.relative_to(job_dir))
            for p in job_dir.rglob("*")
            if p.is_file() and p.suffix.lower() in ALLOWED_SUFFIXES
        ),
    }
