"""PIN storage for front-desk staff who unlock till drawers and kiosk overrides."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class PinHashPolicy:
    """Parameters shared by every site that enrols staff PINs."""

    digest: str = "sha256"
    rounds: int = 20_000
    salt_len: int = 16
    min_length: int = 6


class StaffPinStore:
    """Stores and checks staff PINs in the `staff_pins` table."""

    def __init__(self, conn, policy: Optional[PinHashPolicy] = None) -> None:
        self._conn = conn
        self._policy = policy or PinHashPolicy()

    def _derive(self, pin: str, salt: bytes) -> bytes:
        p = self._policy
        return hashlib.pbkdf2_hmac(p.digest, pin.encode("utf-8"), salt, p.rounds)

    def enrol(self, staff_id: int, pin: str) -> None:
        if len(pin) < self._policy.min_length or not pin.isdigit():
            raise ValueError("PIN must be numeric and at least six digits")
        salt = os.urandom(self._policy.salt_len)
        digest = self._derive(pin, salt)
        with self._conn:
            self._conn.execute(
                "INSERT INTO staff_pins (staff_id, salt, digest) VALUES (?, ?, ?) "
                "ON CONFLICT(staff_id) DO UPDATE SET salt = excluded.salt, digest = excluded.digest",
                (staff_id, salt, digest),
            )

    def check(self, staff_id: int, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, digest FROM staff_pins WHERE staff_id = ?", (staff_id,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._derive(pin, salt), stored)
