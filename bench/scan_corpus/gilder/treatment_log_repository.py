"""Repository for the treatment log attached to each conservation record.

Every step (consolidation, cleaning, bole, gilding, toning) is logged with the
conservator, materials and time spent, and later feeds the condition report.
"""
from enum import Enum
from typing import Iterable, Sequence

import psycopg


class SortField(str, Enum):
    PERFORMED_ON = "performed_on"
    STEP = "step"
    CONSERVATOR = "conservator"
    MINUTES = "minutes"


SORT_COLUMNS = {
    SortField.PERFORMED_ON: "t.performed_on",
    SortField.STEP: "t.step",
    SortField.CONSERVATOR: "c.full_name",
    SortField.MINUTES: "t.minutes",
}


class TreatmentLogRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def entries(self, record_id: int, steps: Sequence[str] = (),
                sort: str = "performed_on", descending: bool = False) -> list[tuple]:
        column = SORT_COLUMNS[SortField(sort)]
        direction = "DESC" if descending else "ASC"
        params: list = [record_id]
        step_filter = ""
        if steps:
            step_filter = " AND t.step IN (" + ", ".join(["%s"] * len(steps)) + ")"
            params.extend(steps)
        query = (
            "SELECT t.id, t.step, t.materials, t.minutes, t.performed_on, c.full_name "
            "FROM treatment_log t JOIN conservators c ON c.id = t.conservator_id "
            f"WHERE t.record_id = %s{step_filter} ORDER BY {column} {direction}"
        )
        with self.conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def add(self, record_id: int, conservator_id: int, step: str,
            materials: Iterable[str], minutes: int) -> int:
        with self.conn.cursor() as cur:
            cur.execute(
                "INSERT INTO treatment_log (record_id, conservator_id, step, materials, minutes)"
                " VALUES (%s, %s, %s, %s, %s) RETURNING id",
                (record_id, conservator_id, step, ", ".join(materials), minutes),
            )
            new_id = cur.fetchone()[0]
        self.conn.commit()
        return new_id
