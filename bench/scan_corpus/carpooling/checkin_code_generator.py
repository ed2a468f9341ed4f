"""Pickup check-in codes that riders show to their driver."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=45)


def _numeric_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


@dataclass
class IssuedCode:
    booking_id: int
    code: str
    expires_at: datetime


class CheckinCodeService:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def issue(self, booking_id: int) -> IssuedCode:
        issued = IssuedCode(
            booking_id=booking_id,
            code=_numeric_code(),
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
        )
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO checkin_codes (booking_id, code, expires_at, attempts)"
                " VALUES (%s, %s, %s, 0)"
                " ON CONFLICT (booking_id) DO UPDATE"
                " SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at, attempts = 0",
                (issued.booking_id, issued.code, issued.expires_at),
            )
        return issued

    def issue_for_trip(self, trip_id: int) -> list[IssuedCode]:
        with psycopg.connect(self.dsn) as conn:
            booking_ids = [
                row[0]
                for row in conn.execute(
                    "SELECT id FROM bookings WHERE trip_id = %s AND status = 'confirmed'",
                    (trip_id,),
                )
            ]
        return [self.issue(bid) for bid in booking_ids]
