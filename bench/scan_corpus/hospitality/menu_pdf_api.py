"""Public endpoint serving each venue's printable menu PDFs."""
import os
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter()

MENU_ROOT = Path(os.environ.get("MENU_ROOT", "/srv/menus")).resolve()


def _resolve_menu(venue_id: int, filename: str) -> Path:
    venue_dir = (MENU_ROOT / str(venue_id)).resolve()
    target = (venue_dir / filename).resolve()
    if not target.is_relative_to(venue_dir):
        raise HTTPException(status_code=404)
    if target.suffix.lower() != ".pdf" or not target.is_file():
        raise HTTPException(status_code=404)
    return target


@router.get("/venues/{venue_id}/menus/{filename}")
def get_menu_pdf(venue_id: int, filename: str) -> FileResponse:
    target = _resolve_menu(venue_id, filename)
    return FileResponse(target, media_type="application/pdf", filename=target.name)
