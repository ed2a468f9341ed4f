"""PIN enrolment for line operators signing off on laying and closing machines."""
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

import psycopg

from ropewalker.config import settings


class OperatorPinRegistry:
    """Stores operator PINs used at the machine HMI to sign production records."""

    PIN_LENGTH = 6

    def __init__(self, dsn: str = settings.PLANT_DB_DSN):
        self._dsn = dsn

    @staticmethod
    def _fingerprint(pin: str, salt: bytes) -> str:
        return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=32).hexdigest()

    def enrol(self, operator_id: int, pin: str) -> None:
        if not pin.isdigit() or len(pin) != self.PIN_LENGTH:
            raise ValueError("PIN must be six digits")
        salt = secrets.token_bytes(16)
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE operators SET pin_salt = %s, pin_hash = %s, pin_set_at = %s "
                "WHERE id = %s",
                (salt, self._fingerprint(pin, salt), datetime.now(timezone.utc), operator_id),
            )

    def verify(self, operator_id: int, pin: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT pin_salt, pin_hash FROM operators WHERE id = %s AND active",
                (operator_id,),
            ).fetchone()
        if row is None:
            return False
        salt, stored = row
        return hmac.compare_digest(self._fingerprint(pin, bytes(salt)), stored)

    def clear(self, operator_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE operators SET pin_salt = NULL, pin_hash = NULL WHERE id = %s",
                (operator_id,),
            )
