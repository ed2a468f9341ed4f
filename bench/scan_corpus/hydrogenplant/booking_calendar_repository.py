"""Calendar queries over filling-bay bookings, partitioned per year in PostgreSQL."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from typing import Iterator, Optional

import psycopg2
from psycopg2 import sql
from psycopg2.extras import RealDictCursor


class BookingCalendar:
    schema = "logistics"
    first_year = 2023

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    @contextmanager
    def _cursor(self) -> Iterator[RealDictCursor]:
        conn = psycopg2.connect(self.dsn)
        try:
            with conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
                yield cur
        finally:
            conn.close()

    def _partition(self, day: date) -> str:
        if day.year < self.first_year or day.year > date.today().year + 1:
            raise ValueError("no booking partition for that year")
        return f"bookings_{day.year}"

    def day(self, day: date, bay: Optional[int] = None, haulier: Optional[str] = None) -> list[dict]:
        conditions = [sql.SQL("slot_date = %s")]
        params: list = [day]
        if bay is not None:
            conditions.append(sql.SQL("bay = %s"))
            params.append(bay)
        if haulier:
            conditions.append(sql.SQL("haulier_code = %s"))
            params.append(haulier)
        query = sql.SQL("SELECT id, bay, slot_start, haulier_code, trailer_reg FROM {} WHERE {} ORDER BY slot_start").format(
            sql.Identifier(self.schema, self._partition(day)),
            sql.SQL(" AND ").join(conditions),
        )
        with self._cursor() as cur:
            cur.execute(query, params)
            return list(cur.fetchall())

    def free_bays(self, day: date, bays: range = range(1, 7)) -> list[int]:
        taken = {row["bay"] for row in self.day(day)}
        return [b for b in bays if b not in taken]
