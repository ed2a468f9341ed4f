"""Stores price list spreadsheets that regional dealers upload for review by sales."""
from datetime import datetime, timezone
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from ropewalker.config import get_settings
from ropewalker.dealers.auth import current_dealer
from ropewalker.pricing.review import queue_for_review

router = APIRouter(prefix="/dealer/pricelists", tags=["pricelists"])

ACCEPTED_SUFFIXES = {".xlsx", ".csv"}
MAX_BYTES = 10 * 1024 * 1024


class UploadArea:
    def __init__(self, root: Path):
        self.root = root

    def folder_for(self, dealer_code: str) -> Path:
        folder = self.root / dealer_code / datetime.now(timezone.utc).strftime("%Y%m")
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def target(self, dealer_code: str, filename: str) -> Path:
        return self.folder_for(dealer_code) / filename


def upload_area() -> UploadArea:
    return UploadArea(Path(get_settings().pricelist_upload_root))


@router.post("")
async def upload_pricelist(
    file: UploadFile = File(...),
    dealer=Depends(current_dealer),
    area: UploadArea = Depends(upload_area),
):
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise HTTPException(status_code=415, detail="upload .xlsx or .csv")
    content = await file.read()
    if len(content) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    destination = area.target(dealer.code, file.filename)
    with destination.open("wb") as handle:
        handle.write(content)
    queue_for_review(dealer.code, str(destination))
    return {"stored": destination.name, "size": len(content)}
