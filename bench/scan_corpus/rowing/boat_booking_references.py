"""Booking references and cancellation codes for club boat and erg-room bookings.

Members receive the cancellation code by email so they can cancel a booking
from the link without signing in to the portal.
"""

import sqlite3
import string
from datetime import datetime, timezone
from random import choices as _pick

CODE_ALPHABET = string.ascii_uppercase + string.digits
REFERENCE_PREFIX = "BK"


def _reference(booking_id: int) -> str:
    return f"{REFERENCE_PREFIX}{booking_id:07d}"


def _cancellation_code(length: int = 8) -> str:
    return "".join(_pick(CODE_ALPHABET, k=length))


def create_booking(conn: sqlite3.Connection, member_id: int, boat_id: int, start: datetime, end: datetime) -> dict:
    if end <= start:
        raise ValueError("Booking must end after it starts.")
    clash = conn.execute(
        "SELECT 1 FROM bookings WHERE boat_id = ? AND cancelled_at IS NULL "
        "AND starts_at < ? AND ends_at > ?",
        (boat_id, end.isoformat(), start.isoformat()),
    ).fetchone()
    if clash:
        raise ValueError("That boat is already booked for part of this slot.")
    code = _cancellation_code()
    cur = conn.execute(
        "INSERT INTO bookings (member_id, boat_id, starts_at, ends_at, cancel_code) VALUES (?, ?, ?, ?, ?)",
        (member_id, boat_id, start.isoformat(), end.isoformat(), code),
    )
    conn.commit()
    return {"reference": _reference(cur.lastrowid), "cancel_code": code}


def cancel_by_code(conn: sqlite3.Connection, reference: str, code: str) -> bool:
    """Cancel a booking from the emailed link; returns False if nothing matched."""
    if not reference.startswith(REFERENCE_PREFIX) or not reference[2:].isdigit():
        return False
    cur = conn.execute(
        "UPDATE bookings SET cancelled_at = ? "
        "WHERE id = ? AND cancel_code = ? AND cancelled_at IS NULL",
        (datetime.now(timezone.utc).isoformat(), int(reference[2:]), code.strip().upper()),
    )
    conn.commit()
    return cur.rowcount == 1


def upcoming_for_boat(conn: sqlite3.Connection, boat_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT id, member_id, starts_at, ends_at FROM bookings "
        "WHERE boat_id = ? AND cancelled_at IS NULL AND ends_at > ? ORDER BY starts_at",
        (boat_id, datetime.now(timezone.utc).isoformat()),
    ).fetchall()
