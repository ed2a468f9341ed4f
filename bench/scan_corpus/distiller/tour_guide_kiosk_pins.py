"""PIN sign-in for tour guides on the visitor centre kiosk.

Guides clock in for a tour slot with a four to six digit PIN. The kiosk
keeps a salted digest per guide in a local SQLite cache so that it keeps
working when the distillery network drops.
"""
import hashlib
import secrets
import sqlite3
from datetime import datetime, timezone

KIOSK_DB = "/var/lib/kiosk/guides.sqlite3"


class GuidePinStore:
    def __init__(self, db_path: str = KIOSK_DB):
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS guide_pins ("
            " guide_id TEXT PRIMARY KEY, salt BLOB, digest TEXT, updated_at TEXT)"
        )

    @staticmethod
    def _digest(pin: str, salt: bytes) -> str:
        return hashlib.blake2b(pin.encode(), salt=salt, digest_size=32).hexdigest()

    def enrol(self, guide_id: str, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4-6 digits")
        salt = secrets.token_bytes(16)
        self._conn.execute(
            "INSERT OR REPLACE INTO guide_pins VALUES (?, ?, ?, ?)",
            (guide_id, salt, self._digest(pin, salt),
             datetime.now(timezone.utc).isoformat()),
        )
        self._conn.commit()

    def verify(self, guide_id: str, pin: str) -> bool:
        row = self._conn.execute(
            "SELECT salt, digest FROM guide_pins WHERE guide_id = ?", (guide_id,)
        ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return secrets.compare_digest(self._digest(pin, salt), stored)

    def remove(self, guide_id: str) -> None:
        self._conn.execute("DELETE FROM guide_pins WHERE guide_id = ?", (guide_id,))
        self._conn.commit()
