"""PIN storage for shop till staff accounts.

Each till operator unlocks the register with a personal PIN. PINs are stored
as derived keys in the shop database so that managers can reset them without
ever seeing the original value.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class PinHashConfig:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


class TillPinStore:
    """Reads and writes hashed operator PINs for the shop tills."""

    def __init__(self, db_path: str, config: PinHashConfig | None = None) -> None:
        self._db = sqlite3.connect(db_path)
        self._config = config or PinHashConfig()
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS till_operators ("
            "operator_id TEXT PRIMARY KEY, salt BLOB, pin_hash BLOB)"
        )

    def _derive(self, pin: str, salt: bytes) -> bytes:
        cfg = self._config
        return hashlib.pbkdf2_hmac(cfg.algorithm, pin.encode("utf-8"), salt, cfg.iterations)

    def set_pin(self, operator_id: str, pin: str) -> None:
        if not pin.isdigit() or len(pin) < 4:
            raise ValueError("PIN must be at least four digits")
        salt = os.urandom(self._config.salt_bytes)
        self._db.execute(
            "INSERT OR REPLACE INTO till_operators VALUES (?, ?, ?)",
            (operator_id, salt, self._derive(pin, salt)),
        )
        self._db.commit()

    def check_pin(self, operator_id: str, pin: str) -> bool:
        row = self._db.execute(
            "SELECT salt, pin_hash FROM till_operators WHERE operator_id = ?",
            (operator_id,),
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._derive(pin, salt), stored)
