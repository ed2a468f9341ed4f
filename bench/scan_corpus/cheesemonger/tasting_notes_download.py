"""Serves tasting-note PDFs for each cheese batch to wholesale customers."""
from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings

from customers import lookup_by_api_key


class NotesSettings(BaseSettings):
    notes_root: Path = Path("/srv/cellar/tasting-notes")
    default_format: str = "pdf"


settings = NotesSettings()
app = FastAPI(title="Tasting notes")

MEDIA_TYPES = {"pdf": "application/pdf", "txt": "text/plain", "md": "text/markdown"}


def require_customer(api_key: str = Query(..., alias="key")) -> str:
    customer = lookup_by_api_key(api_key)
    if customer is None:
        raise HTTPException(401, "unknown customer key")
    return customer


def note_path(batch: str, filename: str) -> Path:
    return settings.notes_root / batch / filename


@app.get("/batches/{batch}/notes")
def list_notes(batch: str, customer: str = Depends(require_customer)) -> list[str]:
    folder = settings.notes_root / batch
    if not folder.is_dir() or batch.startswith("."):
        raise HTTPException(404, "unknown batch")
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@app.get("/batches/{batch}/notes/download")
def download_note(
    batch: str,
    filename: str = Query(...),
    customer: str = Depends(require_customer),
) -> FileResponse:
    path = note_path(batch, filename)
    if not path.is_file():
        raise HTTPException(404, "note not found")
    suffix = path.suffix.lstrip(".") or settings.default_format
    return FileResponse(
        path,
        media_type=MEDIA_TYPES.get(suffix, "application/octet-stream"),
        filename=path.name,
    )
