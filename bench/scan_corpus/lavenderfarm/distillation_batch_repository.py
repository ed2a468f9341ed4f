"""Data access for distillation batches, shared by the still-room app and the reports job."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

import psycopg
from psycopg import sql
from psycopg.rows import class_row

SORTABLE_COLUMNS = frozenset({"started_at", "oil_ml", "charge_kg", "batch_no"})


@dataclass
class DistillationBatch:
    batch_no: int
    still_id: int
    cultivar: str
    charge_kg: float
    oil_ml: float
    started_at: datetime
    finished_at: Optional[datetime]


class DistillationBatchRepository:
    TABLE = "distillation_log"

    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self):
        return psycopg.connect(self._conninfo)

    def get(self, batch_no: int) -> Optional[DistillationBatch]:
        query = sql.SQL("SELECT * FROM {} WHERE batch_no = %s").format(sql.Identifier(self.TABLE))
        with self._connect() as conn:
            cur = conn.cursor(row_factory=class_row(DistillationBatch))
            return cur.execute(query, (batch_no,)).fetchone()

    def list_for_still(
        self, still_id: int, order_by: str = "started_at", limit: int = 100
    ) -> list[DistillationBatch]:
        if order_by not in SORTABLE_COLUMNS:
            raise ValueError(f"cannot sort by {order_by!r}")
        query = sql.SQL("SELECT * FROM {table} WHERE still_id = %s ORDER BY {col} DESC LIMIT %s").format(
            table=sql.Identifier(self.TABLE), col=sql.Identifier(order_by)
        )
        with self._connect() as conn:
            cur = conn.cursor(row_factory=class_row(DistillationBatch))
            return cur.execute(query, (still_id, limit)).fetchall()

    def record(self, batch: DistillationBatch) -> None:
        with self._connect() as conn:
            conn.execute(
                sql.SQL(
                    "INSERT INTO {} (batch_no, still_id, cultivar, charge_kg, oil_ml, started_at, finished_at)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s)"
                ).format(sql.Identifier(self.TABLE)),
                (
                    batch.batch_no,
                    batch.still_id,
                    batch.cultivar,
                    batch.charge_kg,
                    batch.oil_ml,
                    batch.started_at,
                    batch.finished_at,
                ),
            )

    def mark_finished(self, batch_numbers: Iterable[int], finished_at: datetime) -> int:
        with self._connect() as conn:
            cur = conn.execute(
                sql.SQL("UPDATE {} SET finished_at = %s WHERE batch_no = ANY(%s)").format(
                    sql.Identifier(self.TABLE)
                ),
                (finished_at, list(batch_numbers)),
            )
            return cur.rowcount
