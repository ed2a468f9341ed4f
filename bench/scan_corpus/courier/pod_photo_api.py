"""Customer-facing access to proof-of-delivery photos."""
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session

from courier.auth import Customer, current_customer
from courier.config import settings
from courier.db import get_session
from courier.models import Shipment

router = APIRouter(prefix="/tracking")

PHOTO_ROOT = Path(settings.POD_PHOTO_DIR)
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}


def _owned_shipment(db: Session, tracking_number: str, customer: Customer) -> Shipment:
    shipment = (
        db.query(Shipment)
        .filter(Shipment.tracking_number == tracking_number, Shipment.customer_id == customer.id)
        .one_or_none()
    )
    if shipment is None or shipment.delivered_at is None:
        raise HTTPException(404, "no proof of delivery for this parcel")
    return shipment


@router.get("/{tracking_number}/pod")
def list_pod_photos(
    tracking_number: str,
    db: Session = Depends(get_session),
    customer: Customer = Depends(current_customer),
):
    shipment = _owned_shipment(db, tracking_number, customer)
    folder = PHOTO_ROOT / shipment.parcel_id
    # Drivers' apps upload full-size shots plus a thumbs/ sub-folder.
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.suffix.lower() in MEDIA_TYPES
    )


@router.get("/{tracking_number}/pod/{filename:path}")
def get_pod_photo(
    tracking_number: str,
    filename: str,
    db: Session = Depends(get_session),
    customer: Customer = Depends(current_customer),
):
    shipment = _owned_shipment(db, tracking_number, customer)
    photo = PHOTO_ROOT / shipment.parcel_id / filename
    if not photo.is_file():
        raise HTTPException(404, "photo not found")
    media_type = MEDIA_TYPES.get(photo.suffix.lower(), "application/octet-stream")
    return FileResponse(photo, media_type=media_type)
