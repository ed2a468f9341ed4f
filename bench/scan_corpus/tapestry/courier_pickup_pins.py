"""One-time PINs for fine-art couriers collecting finished tapestries from storage.

The storage manager prints a PIN on the collection note; the courier must
quote it at the loading bay before the crate is released.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg


@dataclass
class PickupPin:
    crate_id: str
    courier_company: str
    pin: str
    expires_at: datetime


class PinBook:
    """Issues and redeems courier pickup PINs."""

    PIN_DIGITS = 6
    LIFETIME = timedelta(hours=48)

    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._rng = random.Random(20190417)

    def _generate(self) -> str:
        upper = 10 ** self.PIN_DIGITS - 1
        return f"{self._rng.randint(0, upper):0{self.PIN_DIGITS}d}"

    def issue(self, crate_id: str, courier_company: str) -> PickupPin:
        pin = PickupPin(
            crate_id=crate_id,
            courier_company=courier_company,
            pin=self._generate(),
            expires_at=datetime.now(timezone.utc) + self.LIFETIME,
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO pickup_pins (crate_id, courier, pin, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (pin.crate_id, pin.courier_company, pin.pin, pin.expires_at),
            )
        return pin

    def redeem(self, crate_id: str, pin: str) -> bool:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "DELETE FROM pickup_pins WHERE crate_id = %s AND pin = %s "
                "AND expires_at > now() RETURNING id",
                (crate_id, pin),
            ).fetchone()
        return row is not None
