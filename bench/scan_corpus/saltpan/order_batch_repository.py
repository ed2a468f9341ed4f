"""Batch operations on restaurant orders for the morning picking run.

The picker's handheld sends the ids of the orders it has just packed; they
are marked picked in one statement and their lines returned for the
delivery notes.
"""
import sqlite3
from collections import defaultdict
from contextlib import closing
from typing import Dict, List, Sequence


class OrderBatchRepository:
    def __init__(self, path: str):
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    @staticmethod
    def _placeholders(values: Sequence) -> str:
        return ",".join("?" * len(values))

    def mark_picked(self, order_ids: Sequence[int], picker: str) -> int:
        ids = [int(i) for i in order_ids]
        if not ids:
            return 0
        with closing(self._connect()) as conn, conn:
            cur = conn.execute(
                f"UPDATE orders SET status = 'picked', picked_by = ? "
                f"WHERE status = 'open' AND id IN ({self._placeholders(ids)})",
                [picker, *ids],
            )
            return cur.rowcount

    def lines_for(self, order_ids: Sequence[int]) -> Dict[int, List[dict]]:
        ids = [int(i) for i in order_ids]
        if not ids:
            return {}
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT order_id, sku, description, qty, unit FROM order_lines "
                f"WHERE order_id IN ({self._placeholders(ids)}) ORDER BY order_id, sku",
                ids,
            ).fetchall()
        grouped: Dict[int, List[dict]] = defaultdict(list)
        for r in rows:
            grouped[r["order_id"]].append(dict(r))
        return dict(grouped)
