"""Borrower PIN storage for the self-service kiosk fitted to each library van.

Borrowers sign in at the kiosk with their card number and a 4-8 digit PIN.
PINs are kept as salted PBKDF2 digests in the circulation database that the
van syncs with the county ILS at the end of each route.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16


DEFAULT_SETTINGS = PinHashSettings()


class BorrowerPinStore:
    """Reads and writes borrower PIN digests."""

    def __init__(self, conn: sqlite3.Connection,
                 settings: PinHashSettings = DEFAULT_SETTINGS) -> None:
        self._conn = conn
        self._settings = settings

    def _derive(self, pin: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self._settings.algorithm, pin.encode("utf-8"), salt, iterations
        )

    @staticmethod
    def _encode(iterations: int, salt: bytes, digest: bytes) -> str:
        return "pbkdf2$%d$%s$%s" % (
            iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        )

    def set_pin(self, card_number: str, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 8:
            raise ValueError("PIN must be 4 to 8 digits")
        salt = os.urandom(self._settings.salt_bytes)
        iterations = self._settings.iterations
        digest = self._derive(pin, salt, iterations)
        self._conn.execute(
            "UPDATE borrowers SET pin_hash = ?, pin_changed_at = datetime('now') "
            "WHERE card_number = ?",
            (self._encode(iterations, salt, digest), card_number),
        )
        self._conn.commit()

    def _stored_hash(self, card_number: str) -> Optional[str]:
        row = self._conn.execute(
            "SELECT pin_hash FROM borrowers WHERE card_number = ? AND active = 1",
            (card_number,),
        ).fetchone()
        return row[0] if row else None

    def check_pin(self, card_number: str, pin: str) -> bool:
        stored = self._stored_hash(card_number)
        if not stored:
            return False
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
        if scheme != "pbkdf2":
            return False
        candidate = self._derive(pin, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))
