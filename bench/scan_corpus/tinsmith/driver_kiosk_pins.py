"""PINs for the yard kiosk where delivery drivers collect run sheets and van keys."""
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

SCRYPT_N = 2 ** 15
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


@dataclass
class DriverPin:
    driver_id: int
    salt: bytes
    digest: bytes


def derive_pin_key(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=SCRYPT_MAXMEM,
        dklen=32,
    )


class KioskPinRegistry:
    def __init__(self, conn):
        self.conn = conn

    def set_pin(self, driver_id: int, pin: str) -> DriverPin:
        if not (4 <= len(pin) <= 8 and pin.isdigit()):
            raise ValueError("PIN must be 4-8 digits")
        salt = os.urandom(16)
        record = DriverPin(driver_id, salt, derive_pin_key(pin, salt))
        with self.conn:
            self.conn.execute(
                "REPLACE INTO driver_pins (driver_id, salt, digest) VALUES (?, ?, ?)",
                (record.driver_id, record.salt, record.digest),
            )
        return record

    def _load(self, driver_id: int) -> Optional[DriverPin]:
        row = self.conn.execute(
            "SELECT driver_id, salt, digest FROM driver_pins WHERE driver_id = ?", (driver_id,)
        ).fetchone()
        return DriverPin(*row) if row else None

    def check(self, driver_id: int, pin: str) -> bool:
        record = self._load(driver_id)
        if record is None:
            return False
        return hmac.compare_digest(derive_pin_key(pin, record.salt), record.digest)
