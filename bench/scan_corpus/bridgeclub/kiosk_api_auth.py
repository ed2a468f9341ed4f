"""Authentication for kiosks and scoring tablets calling the club API.

Each device has an id and an API key; only the SHA-256 of the key is
stored in the ``devices`` table, so a database dump cannot be replayed.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from clubdb import get_session
from clubdb.models import Device


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    kind: str
    club_code: str


def _fingerprint(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def _keys_match(presented: str, stored_fingerprint: str) -> bool:
    return secrets.compare_digest(_fingerprint(presented), stored_fingerprint)


def new_device_key() -> tuple[str, str]:
    """Return (key shown once to the installer, fingerprint to store)."""
    key = secrets.token_urlsafe(32)
    return key, _fingerprint(key)


def require_device(
    x_device_id: str = Header(...),
    x_device_key: Optional[str] = Header(None),
    db: Session = Depends(get_session),
) -> DeviceIdentity:
    device = db.execute(
        select(Device).where(Device.device_id == x_device_id, Device.revoked_at.is_(None))
    ).scalar_one_or_none()
    if device is None or x_device_key is None or not _keys_match(x_device_key, device.key_sha256):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    return DeviceIdentity(device_id=device.device_id, kind=device.kind, club_code=device.club_code)


def require_kiosk(identity: DeviceIdentity = Depends(require_device)) -> DeviceIdentity:
    if identity.kind != "kiosk":
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="kiosk only")
    return identity
