"""Archive of past trade price lists, managed by the sales office.

Each season's price lists (PDF and XLSX) are kept so account managers can
answer questions about historic pricing; superseded drafts can be removed.
"""

from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from vintner.auth import require_sales_staff
from vintner.config import settings

router = APIRouter(prefix="/sales/price-lists", dependencies=[Depends(require_sales_staff)])

ARCHIVE_DIR = Path(settings.PRICE_LIST_ARCHIVE)


@router.get("/{season}")
async def list_archived(season: str):
    if not season.isdigit():
        raise HTTPException(status_code=404)
    folder = ARCHIVE_DIR / season
    return sorted(p.name for p in folder.glob("*") if p.suffix in {".pdf", ".xlsx"})


@router.delete("/{season}/{filename:path}")
async def remove_archived(season: str, filename: str):
    target = ARCHIVE_DIR / season / filename
    if not target.exists():
        raise HTTPException(status_code=404, detail="No such price list")
    target.unlink()
    return {"removed": filename, "season": season}


@router.get("/{season}/latest")
async def latest_price_list(season: str):
    if not season.isdigit():
        raise HTTPException(status_code=404)
    candidates = sorted((ARCHIVE_DIR / season).glob("trade_price_list_*.pdf"))
    if not candidates:
        raise HTTPException(status_code=404, detail="No price list for that season")
    return FileResponse(candidates[-1], media_type="application/pdf")
