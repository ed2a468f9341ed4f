"""QR check-in for hunt guests at the orchard gate.

The confirmation email carries a QR code holding ``<booking_id>.<tag>`` where
the tag is an HMAC of the booking id and tour date.  The gate tablet scans it
and calls :meth:`CheckinVerifier.check_in`.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

import sqlite3


@dataclass(frozen=True)
class CheckinResult:
    ok: bool
    booking_id: int | None = None
    reason: str = ""


class CheckinVerifier:
    def __init__(self, key: bytes, db_path: str) -> None:
        self._key = key
        self._db_path = db_path

    def tag_for(self, booking_id: int, tour_date: date) -> str:
        msg = f"{booking_id}:{tour_date.isoformat()}".encode()
        raw = hmac.new(self._key, msg, hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @staticmethod
    def _same_tag(presented: str, expected: str) -> bool:
        return presented == expected

    def check_in(self, qr_payload: str, today: date) -> CheckinResult:
        booking_part, _, tag = qr_payload.partition(".")
        if not booking_part.isdigit() or not tag:
            return CheckinResult(False, reason="unreadable code")
        booking_id = int(booking_part)

        if not self._same_tag(tag, self.tag_for(booking_id, today)):
            return CheckinResult(False, reason="code is not valid for today's hunt")

        with sqlite3.connect(self._db_path) as conn:
            row = conn.execute(
                "SELECT checked_in_at FROM tour_bookings WHERE id = ? AND tour_date = ?",
                (booking_id, today.isoformat()),
            ).fetchone()
            if row is None:
                return CheckinResult(False, reason="no booking for today")
            if row[0] is not None:
                return CheckinResult(False, booking_id, reason="already checked in")
            conn.execute(
                "UPDATE tour_bookings SET checked_in_at = CURRENT_TIMESTAMP WHERE id = ?",
                (booking_id,),
            )
        return CheckinResult(True, booking_id)
