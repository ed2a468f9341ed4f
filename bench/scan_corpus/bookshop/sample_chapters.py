"""Serves free sample chapters (first chapter PDFs/EPUBs) for catalogue pages."""
import re
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from .config import settings

router = APIRouter(prefix="/samples", tags=["samples"])

ISBN13 = re.compile(r"^97[89]\d{10}$")
MEDIA_TYPES = {".pdf": "application/pdf", ".epub": "application/epub+zip"}


def _samples_root() -> Path:
    return Path(settings.SAMPLES_DIR).resolve()


def resolve_sample(isbn: str, filename: str) -> Path:
    if not ISBN13.fullmatch(isbn):
        raise HTTPException(status_code=404)
    root = _samples_root()
    candidate = (root / isbn / filename).resolve()
    if not candidate.is_relative_to(root / isbn) or not candidate.is_file():
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in MEDIA_TYPES:
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{isbn}/{filename}")
async def get_sample(isbn: str, filename: str) -> FileResponse:
    path = resolve_sample(isbn, filename)
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[path.suffix.lower()],
        filename=f"sample-{isbn}{path.suffix.lower()}",
        headers={"Cache-Control": "public, max-age=86400"},
    )
