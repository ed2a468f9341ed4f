"""Look up several bottle-your-own bookings at once for the shop till.

Shop staff scan the QR codes of a group and the till asks for every
booking in one round trip.
"""
import sqlite3
from contextlib import closing

from byo.settings import BOOKINGS_DB

BOOKING_FIELDS = ("booking_ref", "guest_name", "session_date", "bottles", "cask_choice", "paid")


def _connect(path: str = BOOKINGS_DB) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def bookings_by_ref(refs: list[str]) -> list[dict]:
    refs = [r.strip().upper() for r in refs if r.strip()]
    if not refs:
        return []
    placeholders = ", ".join("?" for _ in refs)
    columns = ", ".join(BOOKING_FIELDS)
    sql = f"SELECT {columns} FROM byo_bookings WHERE booking_ref IN ({placeholders})"
    with closing(_connect()) as conn:
        rows = conn.execute(sql, refs).fetchall()
    return [dict(r) for r in rows]


def mark_collected(refs: list[str], till_id: str) -> int:
    placeholders = ", ".join("?" for _ in refs)
    with closing(_connect()) as conn, conn:
        cur = conn.execute(
            f"UPDATE byo_bookings SET collected_at = CURRENT_TIMESTAMP, till_id = ? "
            f"WHERE booking_ref IN ({placeholders}) AND paid = 1",
            [till_id, *refs],
        )
        return cur.rowcount
