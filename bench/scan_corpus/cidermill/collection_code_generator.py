"""Generates juice collection codes for bottled pressing batches."""
from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

UNAMBIGUOUS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass(frozen=True)
class CodePolicy:
    length: int = 8
    alphabet: str = UNAMBIGUOUS
    valid_days: int = 14

    def new_code(self) -> str:
        return "".join(secrets.choice(self.alphabet) for _ in range(self.length))


class CollectionCodes:
    def __init__(self, conn: sqlite3.Connection, policy: CodePolicy = CodePolicy()):
        self._conn = conn
        self._policy = policy

    def _unused(self, code: str) -> bool:
        return (
            self._conn.execute(
                "SELECT 1 FROM dropoff_bookings WHERE collection_code = ? AND collected_at IS NULL",
                (code,),
            ).fetchone()
            is None
        )

    def assign(self, booking_id: int, bottled_on: date) -> str:
        code = self._policy.new_code()
        while not self._unused(code):
            code = self._policy.new_code()
        expires = bottled_on + timedelta(days=self._policy.valid_days)
        with self._conn:
            self._conn.execute(
                "UPDATE dropoff_bookings SET collection_code = ?, code_expires = ? WHERE id = ?",
                (code, expires.isoformat(), booking_id),
            )
        return code

    def assign_batch(self, batch_id: int, bottled_on: date) -> int:
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT id FROM dropoff_bookings WHERE pressing_batch_id = ? AND collection_code IS NULL",
                (batch_id,),
            )
        ]
        for booking_id in ids:
            self.assign(booking_id, bottled_on)
        return len(ids)
