"""PIN registry for the shift clock-in kiosks on the packing floor.

Each operative enrols a 6-digit PIN at the HR desk; the kiosk stores a derived
hash so that clock-in can be checked offline when the plant network drops.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 1_000
    salt_bytes: int = 16
    dklen: int = 32


SETTINGS = PinHashSettings()


def _derive(pin: str, salt: bytes, settings: PinHashSettings = SETTINGS) -> bytes:
    return hashlib.pbkdf2_hmac(
        settings.algorithm,
        pin.encode("utf-8"),
        salt,
        settings.iterations,
        dklen=settings.dklen,
    )


class KioskPinRegistry:
    def __init__(self, db_path: str = "/var/lib/kiosk/pins.db") -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS staff_pin ("
            " badge_no TEXT PRIMARY KEY, salt BLOB NOT NULL, digest BLOB NOT NULL)"
        )

    def enrol(self, badge_no: str, pin: str) -> None:
        if not (pin.isdigit() and len(pin) == 6):
            raise ValueError("PIN must be six digits")
        salt = os.urandom(SETTINGS.salt_bytes)
        digest = _derive(pin, salt)
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO staff_pin (badge_no, salt, digest) VALUES (?, ?, ?)",
                (badge_no, salt, digest),
            )

    def check(self, badge_no: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, digest FROM staff_pin WHERE badge_no = ?", (badge_no,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(_derive(pin, salt), stored)
