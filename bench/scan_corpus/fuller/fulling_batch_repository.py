"""Repository for fulling batches on the stocks and the rotary mills."""
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

SORTABLE_COLUMNS = {
    "started": "started_at",
    "batch": "batch_no",
    "shrinkage": "shrinkage_pct",
    "machine": "machine_id",
}


@dataclass
class FullingBatch:
    batch_no: str
    machine_id: str
    quality_code: str
    pieces: int
    shrinkage_pct: Optional[float]
    started_at: datetime


class FullingBatchRepository:
    def __init__(self, path: str):
        self.path = path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, detect_types=sqlite3.PARSE_DECLTYPES)
        conn.row_factory = sqlite3.Row
        return conn

    def add(self, b: FullingBatch) -> None:
        with closing(self._conn()) as conn, conn:
            conn.execute(
                "INSERT INTO fulling_batches "
                "(batch_no, machine_id, quality_code, pieces, shrinkage_pct, started_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (b.batch_no, b.machine_id, b.quality_code, b.pieces, b.shrinkage_pct,
                 b.started_at),
            )

    def record_shrinkage(self, batch_no: str, pct: float) -> None:
        with closing(self._conn()) as conn, conn:
            conn.execute(
                "UPDATE fulling_batches SET shrinkage_pct = ? WHERE batch_no = ?",
                (pct, batch_no),
            )

    def list_for_machine(self, machine_id: str, sort: str = "started",
                         descending: bool = True) -> List[FullingBatch]:
        column = SORTABLE_COLUMNS.get(sort, "started_at")
        direction = "DESC" if descending else "ASC"
        sql = (
            "SELECT batch_no, machine_id, quality_code, pieces, shrinkage_pct, started_at "
            f"FROM fulling_batches WHERE machine_id = ? ORDER BY {column} {direction}"
        )
        with closing(self._conn()) as conn:
            rows = conn.execute(sql, (machine_id,)).fetchall()
        return [FullingBatch(**dict(r)) for r in rows]
