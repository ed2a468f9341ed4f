"""Calendar queries for fitting appointments at each workshop location."""

from datetime import date, timedelta

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

from clogmaker.config import settings

LOCATION_SCHEMAS = {
    "harbour": "fittings_harbour",
    "market": "fittings_market",
    "mill": "fittings_mill",
}


class UnknownLocation(LookupError):
    pass


class AppointmentCalendar:
    def __init__(self, dsn: str = settings.WORKSHOP_DSN):
        self.dsn = dsn

    def _table(self, location: str) -> sql.Identifier:
        try:
            schema = LOCATION_SCHEMAS[location]
        except KeyError as exc:
            raise UnknownLocation(location) from exc
        return sql.Identifier(schema, "appointments")

    def week(self, location: str, week_start: date) -> list[dict]:
        query = sql.SQL(
            "SELECT id, customer_name, starts_at, duration_min, fitter, kind "
            "FROM {} WHERE starts_at >= %s AND starts_at < %s AND cancelled = false "
            "ORDER BY starts_at"
        ).format(self._table(location))
        with psycopg.connect(self.dsn) as conn, conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, (week_start, week_start + timedelta(days=7)))
            return cur.fetchall()

    def by_customer(self, location: str, customer_name: str) -> list[dict]:
        query = sql.SQL(
            "SELECT id, starts_at, kind, fitter FROM {} WHERE customer_name ILIKE %s ORDER BY starts_at DESC"
        ).format(self._table(location))
        with psycopg.connect(self.dsn) as conn, conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, (f"%{customer_name}%",))
            return cur.fetchall()
