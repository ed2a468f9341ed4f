"""Staff sign-in for the workshop bench terminals.

Bench technicians sign in with their badge and a PIN before recording
PAT results, so every test certificate carries the name of the person
who performed the test.
"""
from __future__ import annotations

import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass

DB_PATH = os.environ.get("WORKSHOP_DB", "/var/lib/lampmaker/workshop.db")


@dataclass(frozen=True)
class PinHashSettings:
    algorithm: str = "sha256"
    iterations: int = 20_000
    salt_bytes: int = 16


SETTINGS = PinHashSettings()


def _derive(pin: str, salt: bytes, cfg: PinHashSettings = SETTINGS) -> bytes:
    return hl.pbkdf2_hmac(cfg.algorithm, pin.encode("utf-8"), salt, cfg.iterations)


class StaffDirectory:
    def __init__(self, path: str = DB_PATH) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS staff ("
            " badge TEXT PRIMARY KEY, name TEXT, salt BLOB, pin_hash BLOB)"
        )

    def enrol(self, badge: str, name: str, pin: str) -> None:
        if len(pin) < 6 or not pin.isdigit():
            raise ValueError("PIN must be at least six digits")
        salt = os.urandom(SETTINGS.salt_bytes)
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO staff (badge, name, salt, pin_hash) VALUES (?, ?, ?, ?)",
                (badge, name, salt, _derive(pin, salt)),
            )

    def verify(self, badge: str, pin: str) -> str | None:
        row = self.conn.execute(
            "SELECT name, salt, pin_hash FROM staff WHERE badge = ?", (badge,)
        ).fetchone()
        if row is None:
            return None
        name, salt, stored = row
        if hmac.compare_digest(_derive(pin, salt), stored):
            return name
        return None

    def close(self) -> None:
        self.conn.close()
