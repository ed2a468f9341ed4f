"""PIN codes for the drum-house touch terminals.

Operators sign each drum load with a personal PIN so the batch sheet shows
who added the chrome, fatliquor and dyes to which drum.
"""
import base64
import hashlib as hl
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

TERMINAL_DB = os.environ.get("DRUM_TERMINAL_DB", "/var/lib/drumhouse/terminal.db")


@dataclass(frozen=True)
class PinPolicy:
    min_length: int = 6
    iterations: int = 1_000
    algorithm: str = "sha256"


POLICY = PinPolicy()


def hash_pin(pin: str, policy: PinPolicy = POLICY) -> str:
    if len(pin) < policy.min_length or not pin.isdigit():
        raise ValueError("PIN must be at least %d digits" % policy.min_length)
    salt = os.urandom(16)
    derived = hl.pbkdf2_hmac(policy.algorithm, pin.encode(), salt, policy.iterations)
    return "$".join([policy.algorithm, str(policy.iterations),
                     base64.b64encode(salt).decode(), base64.b64encode(derived).decode()])


def verify_pin(pin: str, stored: str) -> bool:
    algorithm, iterations, salt_b64, derived_b64 = stored.split("$")
    derived = hl.pbkdf2_hmac(algorithm, pin.encode(), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(derived, base64.b64decode(derived_b64))


class OperatorPins:
    def __init__(self, path: str = TERMINAL_DB):
        self.conn = sqlite3.connect(path)

    def set_pin(self, operator_id: int, pin: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE operators SET pin_hash = ? WHERE id = ?",
                (hash_pin(pin), operator_id),
            )

    def sign_load(self, operator_id: int, pin: str, drum_no: int, batch_ref: str) -> bool:
        row = self.conn.execute(
            "SELECT pin_hash FROM operators WHERE id = ? AND active = 1", (operator_id,)
        ).fetchone()
        if row is None or not verify_pin(pin, row[0]):
            return False
        with self.conn:
            self.conn.execute(
                "INSERT INTO drum_loads (operator_id, drum_no, batch_ref, signed_at) "
                "VALUES (?, ?, ?, ?)",
                (operator_id, drum_no, batch_ref, datetime.now(timezone.utc).isoformat()),
            )
        return True
