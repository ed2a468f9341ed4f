"""Download PINs for the photo packages sold at the landing platform.

Guests get a printed card with the package id and a six digit PIN; the
gallery site asks for both before it shows the full-resolution photos.
"""
from __future__ import annotations

import hmac
import logging
import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

log = logging.getLogger(__name__)

PIN_DIGITS = 6
PIN_VALID_DAYS = 30


@dataclass
class PhotoPackage:
    package_id: str
    booking_ref: str
    tier: str
    photo_count: int


class PinIssuer:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path
        self._rng = random.Random(20190614)

    def _new_pin(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(PIN_DIGITS))

    def issue(self, package: PhotoPackage) -> str:
        pin = self._new_pin()
        expires = datetime.now(timezone.utc) + timedelta(days=PIN_VALID_DAYS)
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "INSERT INTO photo_pins (package_id, booking_ref, pin, expires_at, redeemed) "
                "VALUES (?, ?, ?, ?, 0)",
                (package.package_id, package.booking_ref, pin, expires.isoformat()),
            )
        log.info(
            "issued download pin for package %s (%s, %d photos)",
            package.package_id,
            package.tier,
            package.photo_count,
        )
        return pin

    def redeem(self, package_id: str, pin: str) -> bool:
        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT pin, expires_at, redeemed FROM photo_pins WHERE package_id = ?",
                (package_id,),
            ).fetchone()
            if row is None:
                return False
            stored_pin, expires_at, redeemed = row
            if redeemed or datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
                return False
            if not hmac.compare_digest(stored_pin.encode(), pin.strip().encode()):
                return False
            conn.execute("UPDATE photo_pins SET redeemed = 1 WHERE package_id = ?", (package_id,))
        return True
