"""Data access for rehearsal calls, used by the section leader dashboard API."""
import datetime as dt
from contextlib import contextmanager

import psycopg2
import psycopg2.extras

SECTIONS = ("soprano", "alto", "tenor", "bass")


@contextmanager
def _cursor(dsn: str):
    conn = psycopg2.connect(dsn)
    try:
        with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


def _section_clause(section: str | None) -> str:
    if not section:
        return ""
    return "AND (c.section = '%s' OR c.section = 'tutti')" % section.lower()


class RehearsalRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def calls_between(self, start: dt.date, end: dt.date, section: str | None = None) -> list[dict]:
        """Rehearsal calls in a date range, optionally for one voice section."""
        query = (
            "SELECT c.id, c.starts_at, c.ends_at, c.section, v.name AS venue, c.repertoire "
            "FROM rehearsal_calls c JOIN venues v ON v.id = c.venue_id "
            "WHERE c.starts_at >= %(start)s AND c.starts_at < %(end)s "
            + _section_clause(section)
            + " ORDER BY c.starts_at"
        )
        with _cursor(self.dsn) as cur:
            cur.execute(query, {"start": start, "end": end + dt.timedelta(days=1)})
            return cur.fetchall()

    def add_call(self, starts_at: dt.datetime, ends_at: dt.datetime, section: str, venue_id: int, repertoire: str) -> int:
        if section not in SECTIONS + ("tutti",):
            raise ValueError(f"Unknown section {section!r}")
        with _cursor(self.dsn) as cur:
            cur.execute(
                "INSERT INTO rehearsal_calls (starts_at, ends_at, section, venue_id, repertoire) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (starts_at, ends_at, section, venue_id, repertoire),
            )
            return cur.fetchone()["id"]

    def cancel_call(self, call_id: int, reason: str) -> None:
        with _cursor(self.dsn) as cur:
            cur.execute(
                "UPDATE rehearsal_calls SET cancelled = TRUE, cancel_reason = %s WHERE id = %s",
                (reason, call_id),
            )
