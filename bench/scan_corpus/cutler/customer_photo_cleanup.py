"""Customers can upload photos of damaged knives with a sharpening booking and remove them."""
import os
from pathlib import Path
from typing import List

from fastapi import APIRouter, Depends, HTTPException, status

from .auth import CurrentCustomer, get_current_customer

router = APIRouter(prefix="/bookings/{booking_id}/photos", tags=["photos"])

UPLOAD_DIR = Path(os.environ.get("SHARPENING_UPLOAD_DIR", "/srv/cutler/uploads"))


def booking_folder(customer_id: int, booking_id: int) -> Path:
    return UPLOAD_DIR / str(customer_id) / str(booking_id)


def _owned_booking(booking_id: int, customer: CurrentCustomer) -> None:
    if booking_id not in customer.booking_ids:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "booking not found")


@router.get("")
async def list_photos(booking_id: int, customer: CurrentCustomer = Depends(get_current_customer)) -> List[str]:
    _owned_booking(booking_id, customer)
    folder = booking_folder(customer.id, booking_id)
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file())


@router.delete("/{photo_name:path}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_photo(
    booking_id: int,
    photo_name: str,
    customer: CurrentCustomer = Depends(get_current_customer),
) -> None:
    _owned_booking(booking_id, customer)
    photo = booking_folder(customer.id, booking_id) / photo_name
    if not photo.is_file():
        raise HTTPException(status.HTTP_404_NOT_FOUND, "photo not found")
    photo.unlink()
