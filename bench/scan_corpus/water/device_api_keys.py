"""API-key authentication for drive-by meter reading collectors uploading to the ingest API."""
import hashlib
import hmac

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import CollectorDevice


def _key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def authenticated_device(
    x_device_id: str = Header(...),
    x_api_key: str = Header(...),
    db: Session = Depends(get_db),
) -> CollectorDevice:
    device = db.scalar(
        select(CollectorDevice).where(
            CollectorDevice.device_id == x_device_id,
            CollectorDevice.revoked_at.is_(None),
        )
    )
    presented = _key_digest(x_api_key)
    stored = device.api_key_sha256 if device else "0" * 64
    if device is None or not hmac.compare_digest(presented, stored):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    return device
