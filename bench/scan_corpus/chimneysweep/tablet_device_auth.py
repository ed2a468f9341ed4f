"""Authenticates enrolled technician tablets by the API key issued at enrolment."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import TabletDevice


@dataclass
class DeviceIdentity:
    device_id: str
    technician_id: int


def key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def issue_device_key(session: Session, device: TabletDevice) -> str:
    api_key = "tab_" + secrets.token_urlsafe(32)
    device.api_key_sha256 = key_digest(api_key)
    session.commit()
    return api_key


class DeviceKeyChecker:
    def __init__(self, session: Session):
        self._session = session
        self.device: Optional[TabletDevice] = None

    def load(self, device_id: str) -> bool:
        self.device = self._session.scalar(
            select(TabletDevice).where(TabletDevice.device_id == device_id)
        )
        return self.device is not None and self.device.active

    def matches(self, presented_key: str) -> bool:
        if self.device is None:
            return False
        return secrets.compare_digest(key_digest(presented_key), self.device.api_key_sha256)


def require_device(
    x_device_id: str = Header(...),
    x_device_key: str = Header(...),
    session: Session = Depends(get_session),
) -> DeviceIdentity:
    checker = DeviceKeyChecker(session)
    if not checker.load(x_device_id) or not checker.matches(x_device_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    if checker.device.technician_id is None:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="device not assigned")
    return DeviceIdentity(device_id=x_device_id, technician_id=checker.device.technician_id)
