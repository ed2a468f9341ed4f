"""Authentication of laser devices that push treatment logs.

Each laser is issued an API key when it is commissioned. Only a SHA-256
digest of the key is stored, so the database never holds usable keys.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Optional

from flask import abort, g, request
from sqlalchemy import text
from sqlalchemy.engine import Engine


class DeviceKeyAuthenticator:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @staticmethod
    def digest(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()

    @staticmethod
    def _same(a: str, b: str) -> bool:
        return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))

    def commission(self, serial: str) -> str:
        raw_key = "lsr_" + secrets.token_urlsafe(32)
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE laser_devices SET key_digest = :d, retired = false WHERE serial = :s"),
                {"d": self.digest(raw_key), "s": serial},
            )
        return raw_key

    def _stored_digest(self, serial: str) -> Optional[str]:
        with self._engine.connect() as conn:
            return conn.execute(
                text("SELECT key_digest FROM laser_devices WHERE serial = :s AND NOT retired"),
                {"s": serial},
            ).scalar_one_or_none()

    def authenticate(self, serial: str, presented_key: str) -> bool:
        stored = self._stored_digest(serial)
        if stored is None:
            return False
        return self._same(self.digest(presented_key), stored)


def require_device(authenticator: DeviceKeyAuthenticator) -> None:
    """Flask before_request hook for the device log blueprint."""
    serial = request.headers.get("X-Device-Serial", "")
    key = request.headers.get("X-Device-Key", "")
    if not serial or not key or not authenticator.authenticate(serial, key):
        abort(401)
    g.device_serial = serial
