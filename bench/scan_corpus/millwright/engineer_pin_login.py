"""PIN login for the field engineers' ruggedised tablets.

Engineers unlock the inspection app on site with a numeric PIN; the
hashes live in the depot SQLite database and are synced nightly.
"""
import hashlib as hl
import hmac
import secrets
import sqlite3
from contextlib import closing

DB_PATH = "/var/lib/millwright/depot.db"
MIN_PIN_LENGTH = 6


class PinStore:
    def __init__(self, db_path: str = DB_PATH):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path)

    @staticmethod
    def _digest(pin: str, salt: str) -> str:
        return hl.sha1((salt + pin).encode("ascii")).hexdigest()

    def set_pin(self, engineer_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
            raise ValueError(f"PIN must be at least {MIN_PIN_LENGTH} digits")
        salt = secrets.token_hex(8)
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "UPDATE engineers SET pin_salt = ?, pin_hash = ? WHERE id = ?",
                (salt, self._digest(pin, salt), engineer_id),
            )

    def verify(self, engineer_id: int, pin: str) -> bool:
        if self.locked_out(engineer_id):
            return False
        with closing(self._connect()) as conn:
            row = conn.execute(
                "SELECT pin_salt, pin_hash FROM engineers WHERE id = ? AND active = 1",
                (engineer_id,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        ok = hmac.compare_digest(self._digest(pin, salt), stored)
        if not ok:
            self._record_failure(engineer_id)
        return ok

    def _record_failure(self, engineer_id: int) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "INSERT INTO pin_failures (engineer_id, attempted_at) "
                "VALUES (?, datetime('now'))",
                (engineer_id,),
            )

    def locked_out(self, engineer_id: int, max_attempts: int = 5) -> bool:
        with closing(self._connect()) as conn:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM pin_failures WHERE engineer_id = ? "
                "AND attempted_at > datetime('now', '-15 minutes')",
                (engineer_id,),
            ).fetchone()
        return count >= max_attempts
