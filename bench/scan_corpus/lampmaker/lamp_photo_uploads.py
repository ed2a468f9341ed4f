"""Progress photos of commissioned lamps, served to the customer who ordered them."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from lampshop.auth import Customer, current_customer
from lampshop.orders import order_belongs_to

router = APIRouter(prefix="/orders/{order_id}/photos")

PHOTO_ROOT = Path("/srv/lampmaker/progress-photos").resolve()
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".png"}


def resolve_photo(order_id: int, name: str) -> Path:
    order_dir = (PHOTO_ROOT / str(order_id)).resolve()
    candidate = (order_dir / name).resolve()
    if not candidate.is_relative_to(order_dir):
        raise HTTPException(status_code=404)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise HTTPException(status_code=404)
    return candidate


@router.get("")
async def list_photos(order_id: int, customer: Customer = Depends(current_customer)):
    if not await order_belongs_to(order_id, customer.id):
        raise HTTPException(status_code=404)
    order_dir = PHOTO_ROOT / str(order_id)
    if not order_dir.is_dir():
        return {"photos": []}
    return {
        "photos": sorted(
            p.name for p in order_dir.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES
        )
    }


@router.get("/{name}")
async def get_photo(
    order_id: int, name: str, customer: Customer = Depends(current_customer)
):
    if not await order_belongs_to(order_id, customer.id):
        raise HTTPException(status_code=404)
    path = resolve_photo(order_id, name)
    return FileResponse(path, headers={"Cache-Control": "private, max-age=3600"})
