"""Local store of courier bookings for the dispatch screen.

Dispatch ticks several outgoing jobs and books them onto one collection;
the screen then shows the bookings for those jobs.
"""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date

DISPATCH_DB = "/srv/bindery/dispatch.sqlite3"


@dataclass
class Booking:
    job_ref: str
    carrier: str
    collection_date: date
    consignment_no: str | None


class CourierBookingStore:
    def __init__(self, path: str = DISPATCH_DB):
        self.path = path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    def add(self, booking: Booking) -> None:
        with closing(self._conn()) as conn, conn:
            conn.execute(
                "INSERT INTO bookings (job_ref, carrier, collection_date, consignment_no) "
                "VALUES (?, ?, ?, ?)",
                (booking.job_ref, booking.carrier, booking.collection_date, booking.consignment_no),
            )

    def for_jobs(self, job_refs: list[str]) -> list[Booking]:
        if not job_refs:
            return []
        placeholders = ", ".join("?" for _ in job_refs)
        sql = (
            "SELECT job_ref, carrier, collection_date, consignment_no FROM bookings "
            f"WHERE job_ref IN ({placeholders}) ORDER BY collection_date"
        )
        with closing(self._conn()) as conn:
            rows = conn.execute(sql, list(job_refs)).fetchall()
        return [Booking(**dict(r)) for r in rows]

    def cancel(self, job_ref: str) -> int:
        with closing(self._conn()) as conn, conn:
            return conn.execute("DELETE FROM bookings WHERE job_ref = ?", (job_ref,)).rowcount
