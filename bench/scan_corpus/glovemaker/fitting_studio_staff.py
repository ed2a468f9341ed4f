"""Staff accounts for the bespoke fitting studio tablets.

Fitters sign in on the studio tablet with a short PIN before taking hand
measurements, so every measurement set is attributed to a fitter.
"""
import hashlib as hl
import secrets
import sqlite3
from datetime import datetime, timezone
from typing import Optional

DB_PATH = "/var/lib/glovemaker/studio.db"


class FitterDirectory:
    def __init__(self, db_path: str = DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row

    def _pin_digest(self, salt: str, pin: str) -> str:
        return hl.sha256(f"{salt}:{pin}".encode("utf-8")).hexdigest()

    def enrol(self, fitter_code: str, display_name: str, pin: str) -> None:
        if not (pin.isdigit() and 4 <= len(pin) <= 8):
            raise ValueError("PIN must be 4-8 digits")
        salt = secrets.token_hex(8)
        with self.conn:
            self.conn.execute(
                "INSERT INTO fitters (code, name, pin_salt, pin_hash, enrolled_at, active) "
                "VALUES (?, ?, ?, ?, ?, 1)",
                (
                    fitter_code,
                    display_name,
                    salt,
                    self._pin_digest(salt, pin),
                    datetime.now(timezone.utc).isoformat(),
                ),
            )

    def check_pin(self, fitter_code: str, pin: str) -> bool:
        row = self.conn.execute(
            "SELECT pin_salt, pin_hash FROM fitters WHERE code = ? AND active = 1",
            (fitter_code,),
        ).fetchone()
        if row is None:
            return False
        candidate = self._pin_digest(row["pin_salt"], pin)
        return secrets.compare_digest(candidate, row["pin_hash"])

    def change_pin(self, fitter_code: str, old_pin: str, new_pin: str) -> bool:
        if not self.check_pin(fitter_code, old_pin):
            return False
        salt = secrets.token_hex(8)
        with self.conn:
            self.conn.execute(
                "UPDATE fitters SET pin_salt = ?, pin_hash = ? WHERE code = ?",
                (salt, self._pin_digest(salt, new_pin), fitter_code),
            )
        return True

    def display_name(self, fitter_code: str) -> Optional[str]:
        row = self.conn.execute(
            "SELECT name FROM fitters WHERE code = ?", (fitter_code,)
        ).fetchone()
        return row["name"] if row else None

    def deactivate(self, fitter_code: str) -> None:
        with self.conn:
            self.conn.execute("UPDATE fitters SET active = 0 WHERE code = ?", (fitter_code,))
