"""Index of CAD drawings attached to commission orders.

The drawing viewer requests metadata for several drawings at once when a
client opens an order with many revisions.
"""
import sqlite3
from contextlib import closing

from coppersmith.settings import DRAWINGS_INDEX_DB

MAX_BATCH = 200


class DrawingIndex:
    def __init__(self, path: str = DRAWINGS_INDEX_DB):
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.row_factory = sqlite3.Row
        return conn

    def metadata_for(self, drawing_ids: list[int]) -> list[dict]:
        ids = [int(i) for i in drawing_ids][:MAX_BATCH]
        if not ids:
            return []
        placeholders = ", ".join("?" for _ in ids)
        query = f"SELECT id, order_id, revision, filename, uploaded_at FROM drawings WHERE id IN ({placeholders})"
        with closing(self._connect()) as conn:
            return [dict(r) for r in conn.execute(query, ids).fetchall()]

    def revisions(self, order_id: int, name: str) -> list[dict]:
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT id, revision, uploaded_at FROM drawings "
                "WHERE order_id = ? AND filename LIKE ? ORDER BY revision",
                (order_id, f"{name}%"),
            ).fetchall()
        return [dict(r) for r in rows]
