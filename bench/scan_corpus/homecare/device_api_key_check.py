"""API-key check for the medication round endpoints used by the carer app.

Device keys are issued once at pairing time and only their SHA-256
digest is stored. The key is 32 random bytes, so a fast digest is enough
to store it; the comparison itself is done in constant time.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from typing import Optional

from flask import abort, g, request
from sqlalchemy import text

from .db import engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuthenticatedDevice:
    device_id: str
    carer_id: int


class DeviceKeyCheck:
    def __init__(self, device_id: str, presented_key: str):
        self.device_id = device_id
        self.presented_key = presented_key

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(key.encode("utf-8")).hexdigest()

    @staticmethod
    def _same(left: str, right: str) -> bool:
        return hmac.compare_digest(left.encode("ascii"), right.encode("ascii"))

    def run(self) -> Optional[AuthenticatedDevice]:
        with engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT key_sha256, carer_id FROM carer_devices "
                    "WHERE device_id = :device_id AND revoked_at IS NULL"
                ),
                {"device_id": self.device_id},
            ).fetchone()
        if row is None:
            return None
        stored_digest, carer_id = row
        if not self._same(self._digest(self.presented_key), stored_digest):
            return None
        return AuthenticatedDevice(self.device_id, carer_id)


def require_device_key() -> None:
    """``before_request`` hook for the MAR blueprint."""
    device_id = request.headers.get("X-Device-Id", "")
    key = request.headers.get("X-Device-Key", "")
    if not device_id or not key:
        abort(401)
    device = DeviceKeyCheck(device_id, key).run()
    if device is None:
        log.info("MAR request refused for device %s", device_id)
        abort(401)
    g.device = device
