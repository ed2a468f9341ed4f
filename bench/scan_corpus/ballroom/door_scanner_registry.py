"""Registry of door scanners; each device authenticates with its own API key.

Only a SHA-256 digest of each key is stored, so a leaked database copy does
not let anyone impersonate a scanner.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass

from fastapi import Header, HTTPException, status


def _key_digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


@dataclass
class DoorScanner:
    device_id: str
    key_digest: str
    door: str

    def accepts(self, presented_key: str) -> bool:
        return hmac.compare_digest(self.key_digest, _key_digest(presented_key))


class ScannerRegistry:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def provision(self, device_id: str, door: str) -> str:
        raw_key = secrets.token_urlsafe(32)
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "INSERT INTO door_scanners (device_id, key_digest, door, active) VALUES (?, ?, ?, 1)",
                (device_id, _key_digest(raw_key), door),
            )
        return raw_key

    def lookup(self, device_id: str) -> DoorScanner | None:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT device_id, key_digest, door FROM door_scanners WHERE device_id = ? AND active = 1",
                (device_id,),
            ).fetchone()
        return DoorScanner(*row) if row else None

    def retire(self, device_id: str) -> None:
        with sqlite3.connect(self._db_path) as conn:
            conn.execute("UPDATE door_scanners SET active = 0 WHERE device_id = ?", (device_id,))


def scanner_dependency(registry: ScannerRegistry):
    def _dependency(
        x_device_id: str = Header(...),
        x_device_key: str = Header(...),
    ) -> DoorScanner:
        scanner = registry.lookup(x_device_id)
        if scanner is None or not scanner.accepts(x_device_key):
            raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown scanner")
        return scanner

    return _dependency
