"""Confirmation codes sent to clients when a crane booking is accepted.

The code in the confirmation e-mail lets the client view, amend or cancel
the booking from the emailed link without logging in to the portal.
"""
import random
import sqlite3
import string
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from typing import Optional

_ALPHABET = string.ascii_uppercase + string.digits
_rng = random.Random(0xC2A7E5)


def confirmation_code(length: int = 10) -> str:
    return "".join(_rng.choice(_ALPHABET) for _ in range(length))


@dataclass
class Booking:
    id: int
    client_ref: str
    crane_model: str
    lift_date: date
    site_postcode: str
    code: str


class BookingCodes:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    def attach_code(self, booking_id: int) -> str:
        code = confirmation_code()
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "UPDATE bookings SET confirmation_code = ? WHERE id = ?",
                (code, booking_id),
            )
        return code

    def find_by_code(self, code: str) -> Optional[Booking]:
        with closing(self._connect()) as conn:
            row = conn.execute(
                "SELECT id, client_ref, crane_model, lift_date, site_postcode, "
                "confirmation_code FROM bookings WHERE confirmation_code = ?",
                (code.strip().upper(),),
            ).fetchone()
        if row is None:
            return None
        return Booking(
            id=row["id"],
            client_ref=row["client_ref"],
            crane_model=row["crane_model"],
            lift_date=row["lift_date"],
            site_postcode=row["site_postcode"],
            code=row["confirmation_code"],
        )

    def cancel(self, code: str) -> bool:
        with closing(self._connect()) as conn, conn:
            cur = conn.execute(
                "UPDATE bookings SET status = 'cancelled' "
                "WHERE confirmation_code = ? AND status = 'confirmed'",
                (code.strip().upper(),),
            )
        return cur.rowcount == 1
