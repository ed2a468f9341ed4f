"""Booking references and emailed cancellation codes for boat and erg-room bookings."""

import secrets
import sqlite3
import string
from datetime import datetime, timezone

CANCEL_CODE = {"alphabet": string.ascii_uppercase + string.digits, "length": 10}
REFERENCE_PREFIX = "BK"


def booking_reference(booking_id: int) -> str:
    return f"{REFERENCE_PREFIX}{booking_id:07d}"


def new_cancel_code(spec: dict = CANCEL_CODE) -> str:
    return "".join(secrets.choice(spec["alphabet"]) for _ in range(spec["length"]))


def book(conn: sqlite3.Connection, member_id: int, boat_id: int, start: datetime, end: datetime) -> dict:
    if end <= start:
        raise ValueError("Booking must end after it starts.")
    overlapping = conn.execute(
        "SELECT count(*) FROM bookings WHERE boat_id = ? AND cancelled_at IS NULL "
        "AND starts_at < ? AND ends_at > ?",
        (boat_id, end.isoformat(), start.isoformat()),
    ).fetchone()[0]
    if overlapping:
        raise ValueError("That boat is already booked for part of this slot.")
    code = new_cancel_code()
    cur = conn.execute(
        "INSERT INTO bookings (member_id, boat_id, starts_at, ends_at, cancel_code) VALUES (?, ?, ?, ?, ?)",
        (member_id, boat_id, start.isoformat(), end.isoformat(), code),
    )
    conn.commit()
    return {"reference": booking_reference(cur.lastrowid), "cancel_code": code}


def cancel(conn: sqlite3.Connection, reference: str, code: str) -> bool:
    if not reference.startswith(REFERENCE_PREFIX) or not reference[len(REFERENCE_PREFIX):].isdigit():
        return False
    cur = conn.execute(
        "UPDATE bookings SET cancelled_at = ? WHERE id = ? AND cancel_code = ? AND cancelled_at IS NULL",
        (datetime.now(timezone.utc).isoformat(), int(reference[len(REFERENCE_PREFIX):]), code.strip().upper()),
    )
    conn.commit()
    return cur.rowcount == 1


def member_bookings(conn: sqlite3.Connection, member_id: int) -> list[dict]:
    rows = conn.execute(
        "SELECT id, boat_id, starts_at, ends_at FROM bookings "
        "WHERE member_id = ? AND cancelled_at IS NULL ORDER BY starts_at",
        (member_id,),
    ).fetchall()
    return [
        {"reference": booking_reference(r[0]), "boat_id": r[1], "starts_at": r[2], "ends_at": r[3]}
        for r in rows
    ]
