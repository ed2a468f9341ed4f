"""Registry of kiln room devices (controllers, thermocouple loggers) allowed to post readings."""
import hashlib
import secrets
from dataclasses import dataclass
from hmac import compare_digest as same

import sqlite3

DEVICE_DB = "/var/lib/enameller/devices.db"


@dataclass
class Device:
    device_id: str
    kiln_code: str
    kind: str


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class DeviceRegistry:
    def __init__(self, path: str = DEVICE_DB):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def enrol(self, device_id: str, kiln_code: str, kind: str) -> str:
        token = secrets.token_urlsafe(32)
        with self.conn:
            self.conn.execute(
                "INSERT INTO devices (device_id, kiln_code, kind, token_digest) VALUES (?, ?, ?, ?)",
                (device_id, kiln_code, kind, _token_digest(token)),
            )
        return token

    def authenticate(self, device_id: str, token: str) -> Device | None:
        row = self.conn.execute(
            "SELECT device_id, kiln_code, kind, token_digest FROM devices"
            " WHERE device_id = ? AND retired = 0",
            (device_id,),
        ).fetchone()
        if row is None:
            return None
        if not same(row["token_digest"], _token_digest(token)):
            return None
        return Device(row["device_id"], row["kiln_code"], row["kind"])

    def retire(self, device_id: str) -> None:
        with self.conn:
            self.conn.execute("UPDATE devices SET retired = 1 WHERE device_id = ?", (device_id,))
