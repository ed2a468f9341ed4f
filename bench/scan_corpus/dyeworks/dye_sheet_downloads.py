"""Download technical data sheets and SDS for dyes and auxiliaries.

Sheets are kept under a per-supplier folder tree, e.g.
  /srv/dye-sheets/huntsman/sds/terasil-blue-bgn.pdf
and the stores team links to them from the chemical inventory.
"""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

SHEETS_ROOT = Path("/srv/dye-sheets").resolve()
MEDIA_TYPES = {".pdf": "application/pdf", ".txt": "text/plain"}

app = FastAPI()


def locate_sheet(relative: str) -> Path:
    candidate = (SHEETS_ROOT / relative).resolve()
    if not candidate.is_relative_to(SHEETS_ROOT):
        raise PermissionError(relative)
    if not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


def sheet_index(supplier: str) -> list:
    folder = locate_sheet_dir(supplier)
    return sorted(
        str(p.relative_to(SHEETS_ROOT)) for p in folder.rglob("*") if p.suffix in MEDIA_TYPES
    )


def locate_sheet_dir(supplier: str) -> Path:
    folder = (SHEETS_ROOT / supplier).resolve()
    if folder.parent != SHEETS_ROOT or not folder.is_dir():
        raise FileNotFoundError(supplier)
    return folder


@app.get("/sheets/{supplier}")
def list_sheets(supplier: str):
    try:
        return {"supplier": supplier, "sheets": sheet_index(supplier)}
    except FileNotFoundError:
        raise HTTPException(status_code=404)


@app.get("/sheets/file/{sheet_path:path}")
def get_sheet(sheet_path: str):
    try:
        path = locate_sheet(sheet_path)
    except PermissionError:
        raise HTTPException(status_code=403)
    except FileNotFoundError:
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type=MEDIA_TYPES.get(path.suffix, "application/octet-stream"))
