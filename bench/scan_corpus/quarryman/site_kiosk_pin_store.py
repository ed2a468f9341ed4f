"""PIN storage for the gatehouse sign-in kiosk.

Regular site staff and long-term contractors sign in and out at the gatehouse
kiosk with a personal PIN so the fire roll call is always accurate. PINs are
kept only as derived keys in the kiosk's local database.
"""

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass

KIOSK_DB = os.environ.get("KIOSK_DB_PATH", "/var/lib/gatehouse/kiosk.sqlite3")


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 32
    maxmem: int = 64 * 1024 * 1024


PARAMS = ScryptParams()


def derive(pin: str, salt: bytes, params: ScryptParams = PARAMS) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        dklen=params.dklen,
        maxmem=params.maxmem,
    )


class KioskPinStore:
    def __init__(self, path: str = KIOSK_DB) -> None:
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS badge_pins "
            "(badge_no TEXT PRIMARY KEY, salt BLOB NOT NULL, derived BLOB NOT NULL)"
        )

    def set_pin(self, badge_no: str, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 8:
            raise ValueError("PIN must be 4 to 8 digits")
        salt = os.urandom(16)
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO badge_pins (badge_no, salt, derived) VALUES (?, ?, ?)",
                (badge_no, salt, derive(pin, salt)),
            )

    def check_pin(self, badge_no: str, pin: str) -> bool:
        row = self.conn.execute(
            "SELECT salt, derived FROM badge_pins WHERE badge_no = ?", (badge_no,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(derive(pin, salt), stored)
