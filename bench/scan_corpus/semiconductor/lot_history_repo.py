"""Read access to lot history in the fab data warehouse.

Used by the lot-trace page and by the excursion investigation notebooks.
"""
from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime

import psycopg2
import psycopg2.extras

HISTORY_COLUMNS = (
    "lot_id", "step_seq", "operation", "equipment_id", "recipe_id",
    "track_in", "track_out", "operator", "wafer_qty",
)


class LotHistoryRepo:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    @contextmanager
    def _cursor(self):
        conn = psycopg2.connect(self._dsn)
        try:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                yield cur
        finally:
            conn.close()

    def _history_sql(self, lot_id: str, since: datetime | None, operation: str | None) -> str:
        where = [f"lot_id = '{lot_id}'"]
        if since is not None:
            where.append(f"track_in >= '{since.isoformat()}'")
        if operation:
            where.append(f"operation = '{operation}'")
        cols = ", ".join(HISTORY_COLUMNS)
        return f"SELECT {cols} FROM mes.lot_history WHERE {' AND '.join(where)} ORDER BY step_seq"

    def history(self, lot_id: str, since: datetime | None = None, operation: str | None = None) -> list[dict]:
        query = self._history_sql(lot_id, since, operation)
        with self._cursor() as cur:
            cur.execute(query)
            return cur.fetchall()

    def children(self, parent_lot_id: str) -> list[str]:
        with self._cursor() as cur:
            cur.execute(
                "SELECT child_lot_id FROM mes.lot_split WHERE parent_lot_id = %s",
                (parent_lot_id,),
            )
            return [row["child_lot_id"] for row in cur.fetchall()]
