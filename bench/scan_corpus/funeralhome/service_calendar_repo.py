"""Queries for the service scheduling calendar.

Directors filter the calendar by chapel, director and date range; the front
desk also searches by the deceased's surname.
"""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass
class CalendarFilter:
    start: date
    end: date
    chapel: str | None = None
    director: str | None = None
    surname: str | None = None


def _where_clause(flt: CalendarFilter) -> str:
    parts = [f"s.service_date BETWEEN '{flt.start.isoformat()}' AND '{flt.end.isoformat()}'"]
    if flt.chapel:
        parts.append(f"c.code = '{flt.chapel}'")
    if flt.director:
        parts.append(f"s.director_username = '{flt.director}'")
    if flt.surname:
        parts.append(f"d.last_name ILIKE '{flt.surname}%'")
    return " AND ".join(parts)


class ServiceCalendarRepo:
    BASE_QUERY = """
        SELECT s.id, s.service_date, s.start_time, s.service_type,
               c.name AS chapel, d.first_name, d.last_name, s.director_username
          FROM services s
          JOIN chapels c ON c.id = s.chapel_id
          JOIN decedents d ON d.id = s.decedent_id
    """

    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def search(self, flt: CalendarFilter) -> list[dict]:
        query = self.BASE_QUERY + " WHERE " + _where_clause(flt) + " ORDER BY s.service_date, s.start_time"
        with self.conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query)
            return cur.fetchall()

    def count_by_chapel(self, start: date, end: date) -> dict[str, int]:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT c.code, count(*) FROM services s JOIN chapels c ON c.id = s.chapel_id "
                "WHERE s.service_date BETWEEN %s AND %s GROUP BY c.code",
                (start, end),
            )
            return dict(cur.fetchall())
