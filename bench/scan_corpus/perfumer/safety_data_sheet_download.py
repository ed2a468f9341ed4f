"""Serve safety data sheets (SDS) for raw materials to the lab and to stockists."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from perfumer.auth import require_staff_or_stockist
from perfumer.config import settings

router = APIRouter(prefix="/sds", dependencies=[Depends(require_staff_or_stockist)])

SDS_ROOT = Path(settings.SDS_DIRECTORY).resolve()
LANGUAGES = {"en", "fr", "de", "it", "es"}


def resolve_sheet(language: str, filename: str, root: Path = SDS_ROOT) -> Path:
    if language not in LANGUAGES:
        raise HTTPException(status_code=404)
    candidate = (root / language / filename).resolve()
    if not candidate.is_relative_to(root / language):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("/{language}/{filename}")
async def download_sheet(language: str, filename: str) -> FileResponse:
    sheet = resolve_sheet(language, filename)
    return FileResponse(sheet, media_type="application/pdf", filename=sheet.name)


@router.get("/{language}")
async def list_sheets(language: str) -> dict:
    if language not in LANGUAGES:
        raise HTTPException(status_code=404)
    folder = SDS_ROOT / language
    return {"language": language, "sheets": sorted(p.name for p in folder.glob("*.pdf"))}
