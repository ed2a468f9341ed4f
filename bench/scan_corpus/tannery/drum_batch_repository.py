"""Persistence for drum batches and the hide lots loaded into them."""
import sqlite3
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass
class BatchSummary:
    batch_ref: str
    drum_no: int
    recipe_code: str
    status: str
    hide_count: int
    total_weight_kg: float


class DrumBatchRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def summaries(self, batch_refs: Sequence[str]) -> list[BatchSummary]:
        if not batch_refs:
            return []
        marks = ",".join("?" * len(batch_refs))
        sql = (
            "SELECT b.batch_ref, b.drum_no, b.recipe_code, b.status, "
            "COUNT(l.hide_serial), COALESCE(SUM(l.weight_kg), 0) "
            "FROM drum_batches b LEFT JOIN batch_loads l ON l.batch_ref = b.batch_ref "
            f"WHERE b.batch_ref IN ({marks}) "
            "GROUP BY b.batch_ref ORDER BY b.batch_ref"
        )
        return [BatchSummary(*row) for row in self.conn.execute(sql, list(batch_refs))]

    def load_hides(self, batch_ref: str, hides: Iterable[tuple[str, float]]) -> int:
        rows = [(batch_ref, serial, weight) for serial, weight in hides]
        with self.conn:
            self.conn.executemany(
                "INSERT INTO batch_loads (batch_ref, hide_serial, weight_kg) VALUES (?, ?, ?)",
                rows,
            )
        return len(rows)

    def set_status(self, batch_ref: str, status: str) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE drum_batches SET status = ?, updated_at = datetime('now') "
                "WHERE batch_ref = ?",
                (status, batch_ref),
            )

    def batches_for_hide(self, hide_serial: str) -> list[str]:
        cur = self.conn.execute(
            "SELECT batch_ref FROM batch_loads WHERE hide_serial = ? ORDER BY rowid",
            (hide_serial,),
        )
        return [r[0] for r in cur]
