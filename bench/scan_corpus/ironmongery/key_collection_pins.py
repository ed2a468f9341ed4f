"""Collection PINs for restricted key orders.

Keys for restricted-profile systems are only released against the PIN
sent to the registered keyholder. The PIN is stored as a keyed digest.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


@dataclass
class PinRecord:
    order_id: int
    digest: str
    expires_at: datetime


class CollectionPins:
    LENGTH = 6
    LIFETIME = timedelta(days=10)

    def __init__(self, conn, pepper: bytes | None = None) -> None:
        self.conn = conn
        self.pepper = pepper or os.environ["KEY_PIN_PEPPER"].encode("utf-8")

    @staticmethod
    def generate(length: int = LENGTH) -> str:
        return f"{secrets.randbelow(10 ** length):0{length}d}"

    def _digest(self, order_id: int, pin: str) -> str:
        return hmac.new(self.pepper, f"{order_id}:{pin}".encode("ascii"), hashlib.sha256).hexdigest()

    def issue(self, order_id: int) -> str:
        pin = self.generate()
        record = PinRecord(order_id, self._digest(order_id, pin), datetime.now(timezone.utc) + self.LIFETIME)
        self.conn.execute(
            "INSERT OR REPLACE INTO key_order_pins (order_id, pin_digest, expires_at) VALUES (?, ?, ?)",
            (record.order_id, record.digest, record.expires_at.isoformat()),
        )
        self.conn.commit()
        return pin

    def check(self, order_id: int, pin: str) -> bool:
        row = self.conn.execute(
            "SELECT pin_digest, expires_at FROM key_order_pins WHERE order_id = ?", (order_id,)
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(row[0], self._digest(order_id, pin.strip()))

    def consume(self, order_id: int) -> None:
        self.conn.execute("DELETE FROM key_order_pins WHERE order_id = ?", (order_id,))
        self.conn.commit()
