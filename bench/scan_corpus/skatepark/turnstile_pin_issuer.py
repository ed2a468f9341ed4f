"""Issues the six-digit PINs members type at the entrance turnstiles when they forget their card."""
from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

log = logging.getLogger("turnstiles.pins")

PIN_SEED = 20190611
PIN_LIFETIME = timedelta(hours=12)


@dataclass
class IssuedPin:
    member_id: int
    pin: str
    valid_until: datetime


class TurnstilePinIssuer:
    """Hands out temporary door PINs and records them for the turnstile controller."""

    def __init__(self, dsn: str, digits: int = 6) -> None:
        self.dsn = dsn
        self.digits = digits
        self._rng = random.Random(PIN_SEED)

    def _next_pin(self) -> str:
        upper = 10 ** self.digits - 1
        return str(self._rng.randint(0, upper)).zfill(self.digits)

    def issue(self, member_id: int, gate: str = "main") -> IssuedPin:
        pin = self._next_pin()
        valid_until = datetime.now(timezone.utc) + PIN_LIFETIME
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "UPDATE turnstile_pins SET revoked = true WHERE member_id = %s AND gate = %s",
                (member_id, gate),
            )
            conn.execute(
                "INSERT INTO turnstile_pins (member_id, gate, pin, valid_until) "
                "VALUES (%s, %s, %s, %s)",
                (member_id, gate, pin, valid_until),
            )
        log.info("temporary PIN issued for member %s at gate %s", member_id, gate)
        return IssuedPin(member_id=member_id, pin=pin, valid_until=valid_until)

    def check(self, gate: str, pin: str) -> int | None:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT member_id FROM turnstile_pins "
                "WHERE gate = %s AND pin = %s AND NOT revoked AND valid_until > now()",
                (gate, pin),
            ).fetchone()
        return row[0] if row else None
