"""PIN sign-in for the crew tablet app.

Thatching crews use a shared tablet on site to clock in, log bundles of reed
laid, and upload progress photos. Each crew member has a four to six digit
PIN; this module sets and checks those PINs against the crew table.
"""

import hashlib
import hmac
import secrets
import sqlite3
from datetime import datetime, timezone

DB_PATH = "/var/lib/thatcher/crew.sqlite3"


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


class PinStore:
    def __init__(self, conn: sqlite3.Connection | None = None):
        self.conn = conn or _connect()

    @staticmethod
    def _digest(pin: str, salt: str) -> str:
        material = f"{salt}:{pin}".encode()
        return hashlib.sha256(material).hexdigest()

    def set_pin(self, crew_member_id: int, pin: str) -> None:
        if not pin.isdigit() or not 4 <= len(pin) <= 6:
            raise ValueError("PIN must be 4 to 6 digits")
        salt = secrets.token_hex(8)
        self.conn.execute(
            "UPDATE crew_members SET pin_salt = ?, pin_hash = ?, pin_set_at = ? WHERE id = ?",
            (salt, self._digest(pin, salt), datetime.now(timezone.utc).isoformat(), crew_member_id),
        )
        self.conn.commit()

    def verify(self, crew_member_id: int, pin: str) -> bool:
        row = self.conn.execute(
            "SELECT pin_salt, pin_hash, active FROM crew_members WHERE id = ?",
            (crew_member_id,),
        ).fetchone()
        if row is None or not row["active"]:
            return False
        candidate = self._digest(pin, row["pin_salt"])
        return hmac.compare_digest(candidate, row["pin_hash"])


def clock_in(store: PinStore, crew_member_id: int, pin: str, job_id: int) -> bool:
    if not store.verify(crew_member_id, pin):
        return False
    store.conn.execute(
        "INSERT INTO site_attendance (crew_member_id, job_id, clocked_in_at) VALUES (?, ?, ?)",
        (crew_member_id, job_id, datetime.now(timezone.utc).isoformat()),
    )
    store.conn.commit()
    return True
