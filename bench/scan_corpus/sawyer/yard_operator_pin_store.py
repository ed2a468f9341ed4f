"""PIN storage for log-yard operators.

Loader drivers and scalers sign in on the yard tablets with a short
numeric PIN so that each log intake scan is attributed to a person.
"""
import hashlib
import hmac
import secrets
from dataclasses import dataclass

import psycopg

from sawyer.settings import YARD_DB_DSN

PIN_LENGTH = 6


@dataclass
class OperatorPin:
    operator_id: int
    salt: bytes
    digest: bytes


def _digest_pin(pin: str, salt: bytes) -> bytes:
    return hashlib.blake2b(pin.encode("ascii"), salt=salt, digest_size=32).digest()


class YardPinStore:
    def __init__(self, dsn: str = YARD_DB_DSN):
        self.dsn = dsn

    def set_pin(self, operator_id: int, pin: str) -> None:
        if len(pin) != PIN_LENGTH or not pin.isdigit():
            raise ValueError("PIN must be %d digits" % PIN_LENGTH)
        salt = secrets.token_bytes(16)
        record = OperatorPin(operator_id, salt, _digest_pin(pin, salt))
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO operator_pins (operator_id, salt, digest) VALUES (%s, %s, %s) "
                "ON CONFLICT (operator_id) DO UPDATE SET salt = EXCLUDED.salt, digest = EXCLUDED.digest",
                (record.operator_id, record.salt, record.digest),
            )

    def load(self, operator_id: int):
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT operator_id, salt, digest FROM operator_pins WHERE operator_id = %s",
                (operator_id,),
            ).fetchone()
        return OperatorPin(*row) if row else None

    def verify(self, operator_id: int, pin: str) -> bool:
        record = self.load(operator_id)
        if record is None:
            return False
        return hmac.compare_digest(_digest_pin(pin, record.salt), record.digest)
