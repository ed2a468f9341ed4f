"""Device authentication for the carer mobile app sync endpoints.

Each paired phone holds a device key issued at pairing time. The sync API
looks the device up by id and checks the presented key before any visit
notes or medication records are accepted.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceIdentity:
    device_id: str
    carer_id: int
    branch_id: int


class DeviceKeyVerifier:
    header_device = "X-Device-Id"
    header_key = "X-Device-Key"

    def __init__(self, db: Session):
        self.db = db

    @staticmethod
    def _same(presented: str, stored: str) -> bool:
        return presented == stored

    def _lookup(self, device_id: str) -> Optional[tuple]:
        return self.db.execute(
            text(
                "SELECT device_key, carer_id, branch_id FROM carer_devices "
                "WHERE device_id = :device_id AND revoked_at IS NULL"
            ),
            {"device_id": device_id},
        ).fetchone()

    def verify(self, device_id: str, presented_key: str) -> Optional[DeviceIdentity]:
        row = self._lookup(device_id)
        if row is None:
            return None
        stored_key, carer_id, branch_id = row
        if not self._same(presented_key, stored_key):
            return None
        return DeviceIdentity(device_id=device_id, carer_id=carer_id, branch_id=branch_id)


def require_device(request: Request, db: Session = Depends(get_db)) -> DeviceIdentity:
    device_id = request.headers.get(DeviceKeyVerifier.header_device)
    presented = request.headers.get(DeviceKeyVerifier.header_key)
    if not device_id or not presented:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="device credentials required")
    identity = DeviceKeyVerifier(db).verify(device_id, presented)
    if identity is None:
        log.info("rejected sync request from device %s", device_id)
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    return identity
