"""Device API keys for the cleaner app: issue, store hashed, and check on each request."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import wraps
from typing import Optional

from flask import abort, g, request
from sqlalchemy import text

from .db import engine

KEY_PREFIX = "wcd_"


@dataclass
class DeviceRecord:
    device_id: str
    cleaner_id: int
    key_hash: str
    revoked: bool

    @staticmethod
    def hash_key(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()

    def accepts(self, raw_key: str) -> bool:
        if self.revoked:
            return False
        return hmac.compare_digest(self.key_hash, self.hash_key(raw_key))


def issue_key(device_id: str, cleaner_id: int) -> str:
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO cleaner_devices (device_id, cleaner_id, key_hash, revoked) "
                "VALUES (:d, :c, :h, false)"
            ),
            {"d": device_id, "c": cleaner_id, "h": DeviceRecord.hash_key(raw)},
        )
    return raw


def _lookup(device_id: str) -> Optional[DeviceRecord]:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT device_id, cleaner_id, key_hash, revoked FROM cleaner_devices WHERE device_id = :d"),
            {"d": device_id},
        ).first()
    return DeviceRecord(*row) if row else None


def device_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        device_id = request.headers.get("X-Device-Id", "")
        raw_key = request.headers.get("X-Api-Key", "")
        record = _lookup(device_id) if device_id else None
        if record is None or not record.accepts(raw_key):
            abort(401)
        g.cleaner_id = record.cleaner_id
        return view(*args, **kwargs)

    return wrapper
