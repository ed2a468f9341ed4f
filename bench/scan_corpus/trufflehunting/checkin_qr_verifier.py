"""Gate check-in for hunt guests using signed QR codes."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class GateDecision:
    admitted: bool
    booking_id: int | None = None
    message: str = ""


class QrCheckin:
    """Verifies ``<booking_id>.<tag>`` codes scanned by the gate tablet."""

    def __init__(self, key: bytes, db_path: str) -> None:
        self._key = key
        self._db_path = db_path

    def tag_for(self, booking_id: int, tour_date: date) -> str:
        msg = f"{booking_id}:{tour_date.isoformat()}".encode()
        raw = hmac.new(self._key, msg, hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @staticmethod
    def _tags_match(presented: str, expected: str) -> bool:
        return secrets.compare_digest(presented.encode(), expected.encode())

    def admit(self, payload: str, today: date) -> GateDecision:
        booking_part, _, tag = payload.partition(".")
        if not booking_part.isdigit() or not tag:
            return GateDecision(False, message="unreadable code")
        booking_id = int(booking_part)
        if not self._tags_match(tag, self.tag_for(booking_id, today)):
            return GateDecision(False, message="code is not valid for today's hunt")

        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT checked_in_at, party_size FROM tour_bookings WHERE id = ? AND tour_date = ?",
                (booking_id, today.isoformat()),
            ).fetchone()
            if row is None:
                return GateDecision(False, message="no booking for today")
            if row[0] is not None:
                return GateDecision(False, booking_id, "already checked in")
            conn.execute(
                "UPDATE tour_bookings SET checked_in_at = CURRENT_TIMESTAMP WHERE id = ?",
                (booking_id,),
            )
        return GateDecision(True, booking_id, f"welcome, party of {row[1]}")
