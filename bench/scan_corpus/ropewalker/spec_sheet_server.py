"""Serves product specification sheets (construction, MBL tables) to dealers and customers."""
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from ropewalker.config import get_settings

app = FastAPI(title="Spec sheets")

SPEC_ROOT = Path(get_settings().spec_sheet_root).resolve()
LANGUAGES = {"en", "de", "fr", "nl", "es"}


def resolve_sheet(language: str, sheet: str) -> Path:
    if language not in LANGUAGES:
        raise HTTPException(status_code=404)
    candidate = (SPEC_ROOT / language / sheet).resolve()
    if not candidate.is_relative_to(SPEC_ROOT / language):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@app.get("/spec-sheets/{language}/{sheet:path}")
async def spec_sheet(language: str, sheet: str):
    path = resolve_sheet(language, sheet)
    return FileResponse(
        path,
        media_type="application/pdf",
        filename=path.name,
        headers={"Cache-Control": "public, max-age=86400"},
    )


@app.get("/spec-sheets/{language}")
async def list_sheets(language: str):
    if language not in LANGUAGES:
        raise HTTPException(status_code=404)
    folder = SPEC_ROOT / language
    return {
        "language": language,
        "sheets": sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.pdf")),
    }
