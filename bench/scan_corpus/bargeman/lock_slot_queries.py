"""Lookups of lock passage slots for a set of locks along a planned route."""
import sqlite3
from collections import defaultdict
from datetime import datetime

from bargeman.settings import settings

FREE_SLOTS_SQL = "SELECT lock_code, chamber, window_start, window_end FROM lock_slots"
FREE_SLOTS_WINDOW = "status = 'free' AND window_start >= ? AND window_end <= ? ORDER BY window_start"


class LockSlotQueries:
    def __init__(self, db_path: str = settings.OPERATIONS_DB):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def free_slots(self, lock_codes: list[str], after: datetime, before: datetime) -> dict:
        if not lock_codes:
            return {}
        placeholders = ",".join("?" for _ in lock_codes)
        sql = f"{FREE_SLOTS_SQL} WHERE lock_code IN ({placeholders}) AND {FREE_SLOTS_WINDOW}"
        grouped: dict[str, list[dict]] = defaultdict(list)
        with self._connect() as conn:
            for row in conn.execute(sql, (*lock_codes, after.isoformat(), before.isoformat())):
                grouped[row["lock_code"]].append(dict(row))
        return dict(grouped)

    def reserve(self, lock_code: str, window_start: str, booking_ref: str) -> bool:
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE lock_slots SET status = 'held', booking_ref = ? "
                "WHERE lock_code = ? AND window_start = ? AND status = 'free'",
                (booking_ref, lock_code, window_start),
            )
            return cur.rowcount == 1
