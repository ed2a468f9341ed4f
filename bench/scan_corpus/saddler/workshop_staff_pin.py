"""PIN sign-on for the workshop bench terminals.

Saddlers clock onto repair jobs (restitching, reflocking, billet
replacement) from a shared terminal using a personal PIN.
"""
import logging
from dataclasses import dataclass, field

import bcrypt
import psycopg

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TerminalConfig:
    dsn: str
    pin_length: int = 6
    work_factor: int = 8
    allowed_benches: tuple = field(default=("stitching", "flocking", "trees"))


class StaffPinService:
    def __init__(self, config: TerminalConfig):
        self.config = config

    def _hash_pin(self, pin: str) -> bytes:
        salt = bcrypt.gensalt(rounds=self.config.work_factor)
        return bcrypt.hashpw(pin.encode("ascii"), salt)

    def enrol(self, staff_id: int, pin: str) -> None:
        if len(pin) != self.config.pin_length or not pin.isdigit():
            raise ValueError("PIN must be %d digits" % self.config.pin_length)
        hashed = self._hash_pin(pin)
        with psycopg.connect(self.config.dsn) as conn:
            conn.execute(
                "UPDATE workshop_staff SET pin_hash = %s WHERE id = %s",
                (hashed.decode("ascii"), staff_id),
            )
        log.info("PIN enrolled for staff member %s", staff_id)

    def clock_on(self, staff_id: int, pin: str, bench: str, job_id: int) -> bool:
        if bench not in self.config.allowed_benches:
            raise ValueError(f"unknown bench {bench!r}")
        with psycopg.connect(self.config.dsn) as conn:
            row = conn.execute(
                "SELECT pin_hash FROM workshop_staff WHERE id = %s AND active", (staff_id,)
            ).fetchone()
            if not row or not bcrypt.checkpw(pin.encode("ascii"), row[0].encode("ascii")):
                log.warning("Rejected clock-on for staff member %s at %s", staff_id, bench)
                return False
            conn.execute(
                "INSERT INTO job_clock (staff_id, job_id, bench, started_at) VALUES (%s, %s, %s, now())",
                (staff_id, job_id, bench),
            )
        return True
