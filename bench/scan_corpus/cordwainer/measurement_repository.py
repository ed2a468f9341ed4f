"""Postgres repository for foot measurements and last-fitting notes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Optional

import psycopg
from psycopg.rows import class_row


@dataclass
class MeasurementRow:
    customer_id: int
    side: str
    length_mm: float
    ball_girth_mm: float
    instep_girth_mm: float
    heel_girth_mm: float
    revision: int
    taken_at: datetime


@dataclass
class FittingNote:
    customer_id: int
    fitting_no: int
    note: str
    fitter: str
    created_at: datetime


class MeasurementRepository:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    def latest(self, customer_id: int, side: str) -> Optional[MeasurementRow]:
        with self._conn.cursor(row_factory=class_row(MeasurementRow)) as cur:
            cur.execute(
                "SELECT customer_id, side, length_mm, ball_girth_mm, instep_girth_mm, "
                "heel_girth_mm, revision, taken_at FROM foot_measurements "
                "WHERE customer_id = %s AND side = %s ORDER BY revision DESC LIMIT 1",
                (customer_id, side),
            )
            return cur.fetchone()

    def search_notes(self, customer_id: int, phrase: str) -> list[FittingNote]:
        with self._conn.cursor(row_factory=class_row(FittingNote)) as cur:
            cur.execute(
                "SELECT customer_id, fitting_no, note, fitter, created_at FROM fitting_notes "
                "WHERE customer_id = %(cid)s AND note ILIKE %(pattern)s ORDER BY fitting_no",
                {"cid": customer_id, "pattern": f"%{phrase}%"},
            )
            return cur.fetchall()

    def add_note(self, customer_id: int, fitting_no: int, note: str, fitter: str) -> None:
        with self._conn.transaction():
            self._conn.execute(
                "INSERT INTO fitting_notes (customer_id, fitting_no, note, fitter) "
                "VALUES (%s, %s, %s, %s)",
                (customer_id, fitting_no, note, fitter),
            )
