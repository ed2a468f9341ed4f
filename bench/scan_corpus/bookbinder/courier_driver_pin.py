"""Courier driver PINs for the collection desk kiosk.

Drivers from our contracted couriers sign for outgoing parcels (restored
volumes going back to libraries and collectors) at the kiosk in the loading
bay, using a personal PIN that the front desk sets up for them.
"""
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass, field

KIOSK_DB = "/var/lib/bindery/kiosk.sqlite3"


@dataclass
class DriverPin:
    driver_id: str
    courier: str
    salt: str = field(default_factory=lambda: secrets.token_hex(8))
    pin_digest: str = ""

    def set_pin(self, pin: str) -> None:
        if not pin.isdigit() or len(pin) < 4:
            raise ValueError("PIN must be at least four digits")
        self.pin_digest = _digest_pin(self.salt, pin)

    def check(self, pin: str) -> bool:
        return hmac.compare_digest(self.pin_digest, _digest_pin(self.salt, pin))


def _digest_pin(salt: str, pin: str) -> str:
    material = f"{salt}:{pin}".encode()
    return hashlib.sha256(material).hexdigest()


class DriverPinStore:
    def __init__(self, path: str = KIOSK_DB):
        self.conn = sqlite3.connect(path)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS driver_pins ("
            "driver_id TEXT PRIMARY KEY, courier TEXT, salt TEXT, pin_digest TEXT)"
        )

    def save(self, record: DriverPin) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO driver_pins VALUES (?, ?, ?, ?)",
            (record.driver_id, record.courier, record.salt, record.pin_digest),
        )
        self.conn.commit()

    def load(self, driver_id: str) -> DriverPin | None:
        row = self.conn.execute(
            "SELECT driver_id, courier, salt, pin_digest FROM driver_pins WHERE driver_id = ?",
            (driver_id,),
        ).fetchone()
        return DriverPin(*row) if row else None


def enrol_driver(store: DriverPinStore, driver_id: str, courier: str, pin: str) -> None:
    record = DriverPin(driver_id=driver_id, courier=courier)
    record.set_pin(pin)
    store.save(record)


def verify_driver(store: DriverPinStore, driver_id: str, pin: str) -> bool:
    record = store.load(driver_id)
    return record is not None and record.check(pin)
