"""Patient portal: view uploaded insurance card images."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import FileResponse

from portal.auth import current_patient
from portal.settings import settings

router = APIRouter(prefix="/insurance", tags=["insurance"])


def _card_dir(patient_id: int) -> Path:
    return (Path(settings.card_upload_root) / str(patient_id)).resolve()


@router.get("/cards")
async def card_image(side: str = Query(..., max_length=64), patient=Depends(current_patient)):
    base = _card_dir(patient.id)
    target = (base / side).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(status_code=404, detail="card image not found")
    return FileResponse(target)


@router.get("/cards/list")
async def list_cards(patient=Depends(current_patient)):
    base = _card_dir(patient.id)
    if not base.is_dir():
        return {"cards": []}
    return {"cards": sorted(p.name for p in base.iterdir() if p.suffix in {".jpg", ".png"})}
