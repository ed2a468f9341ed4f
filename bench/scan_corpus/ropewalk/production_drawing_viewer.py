"""Serves splice and termination drawings to the production floor tablets.

Engineering keeps drawings in a folder tree by product family, for example
"eye-splices/12-strand/ES-12-040.pdf"; the tablets request them by that
relative path when an operator opens a works order.
"""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

DRAWINGS_ROOT = Path("/srv/engineering/drawings").resolve()
DRAWING_TYPES = {".pdf": "application/pdf", ".svg": "image/svg+xml", ".png": "image/png"}

app = FastAPI(title="Shop-floor drawings")


def resolve_drawing(relative: str) -> Path:
    candidate = (DRAWINGS_ROOT / relative).resolve()
    if not candidate.is_relative_to(DRAWINGS_ROOT):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in DRAWING_TYPES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@app.get("/drawings/{relative:path}")
def get_drawing(relative: str) -> FileResponse:
    path = resolve_drawing(relative)
    return FileResponse(path, media_type=DRAWING_TYPES[path.suffix.lower()])


@app.get("/families/{family}")
def list_family(family: str) -> dict:
    folder = (DRAWINGS_ROOT / family).resolve()
    if not folder.is_relative_to(DRAWINGS_ROOT) or not folder.is_dir():
        raise HTTPException(status_code=404)
    drawings = [
        str(p.relative_to(DRAWINGS_ROOT))
        for p in sorted(folder.rglob("*"))
        if p.suffix.lower() in DRAWING_TYPES
    ]
    return {"family": family, "drawings": drawings}
