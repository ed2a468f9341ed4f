"""Serve nesting output (cut programs and sheet layouts) to the laser and plasma cells.

The nesting engine writes NC programs and SVG layouts under a per-batch folder.
Operators pick the file from the cell terminal, which requests it by relative path.
"""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings


class NestSettings(BaseSettings):
    nest_output_root: Path = Path("/srv/tinsmith/nesting/out")


settings = NestSettings()
app = FastAPI(title="nest-output")

MEDIA_TYPES = {
    ".nc": "text/plain",
    ".lst": "text/plain",
    ".svg": "image/svg+xml",
    ".pdf": "application/pdf",
}


def resolve_output(relative: str, root: Path | None = None) -> Path:
    base = (root or settings.nest_output_root).resolve()
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise HTTPException(status_code=404, detail="not found")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return candidate


@app.get("/batches/{batch_id}")
def list_batch(batch_id: str) -> dict:
    base = settings.nest_output_root.resolve()
    folder = (base / batch_id).resolve()
    if not folder.is_relative_to(base) or not folder.is_dir():
        raise HTTPException(status_code=404, detail="unknown batch")
    return {"batch": batch_id, "files": sorted(p.name for p in folder.iterdir() if p.suffix in MEDIA_TYPES)}


@app.get("/files/{relative:path}")
def get_output(relative: str) -> FileResponse:
    path = resolve_output(relative)
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise HTTPException(status_code=404, detail="not found")
    return FileResponse(path, media_type=media_type, filename=path.name)
