"""Download endpoint for generated packing slips in the seller API."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from sellers.auth import CurrentSeller, current_seller
from sellers.config import settings

router = APIRouter(prefix="/v1/packing-slips")

SLIP_ROOT = Path(settings.PACKING_SLIP_ROOT).resolve()


def _slip_path(seller_id: int, filename: str) -> Path:
    seller_dir = (SLIP_ROOT / str(seller_id)).resolve()
    candidate = (seller_dir / filename).resolve()
    if not candidate.is_relative_to(seller_dir) or candidate.suffix != ".pdf":
        raise HTTPException(status_code=404, detail="packing slip not found")
    return candidate


@router.get("/{filename}")
def download_slip(filename: str, seller: CurrentSeller = Depends(current_seller)):
    path = _slip_path(seller.id, filename)
    if not path.is_file():
        raise HTTPException(status_code=404, detail="packing slip not found")
    return FileResponse(path, media_type="application/pdf", filename=path.name)
