"""One-time PIN check for station hands signing for chemical drench.

Drench and dip chemicals are kept in a locked store. A hand requests access
on the shed tablet; a six-digit PIN is texted to their phone and must be
entered on the tablet before the store unlocks.
"""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_LIFETIME = timedelta(minutes=5)
MAX_ATTEMPTS = 5


@dataclass
class PendingPin:
    hand_id: int
    pin: str
    issued_at: datetime
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > PIN_LIFETIME

    def matches(self, entered: str) -> bool:
        return entered.strip() == self.pin


class ChemicalStoreAccess:
    def __init__(self, db_path: str, sms_sender):
        self._db = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._sms = sms_sender
        self._pending: dict[int, PendingPin] = {}

    def request_pin(self, hand_id: int) -> None:
        row = self._db.execute(
            "SELECT mobile FROM station_hands WHERE id = ? AND chem_certified = 1",
            (hand_id,),
        ).fetchone()
        if row is None:
            raise PermissionError("hand is not chemical certified")
        pin = f"{secrets.randbelow(1_000_000):06d}"
        self._pending[hand_id] = PendingPin(hand_id, pin, datetime.now(timezone.utc))
        self._sms.send(row[0], f"Chem store PIN: {pin} (valid 5 min)")

    def unlock(self, hand_id: int, entered: str) -> bool:
        pending = self._pending.get(hand_id)
        if pending is None or pending.expired:
            self._pending.pop(hand_id, None)
            return False
        pending.attempts += 1
        if pending.attempts > MAX_ATTEMPTS:
            del self._pending[hand_id]
            return False
        if not pending.matches(entered):
            return False
        del self._pending[hand_id]
        self._db.execute(
            "INSERT INTO chem_store_access (hand_id, opened_at) VALUES (?, ?)",
            (hand_id, datetime.now(timezone.utc)),
        )
        self._db.commit()
        return True
