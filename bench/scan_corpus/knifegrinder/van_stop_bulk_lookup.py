"""Bulk lookup of van stops for the technician sync endpoint.

Tablets send the ids of stops they already have cached; the server
answers with any of those stops whose status changed since last sync.
"""
import sqlite3
from typing import Iterable

from knifegrinder.settings import settings

MAX_IDS_PER_QUERY = 500


def _chunks(ids: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


class StopRepository:
    def __init__(self, path: str = settings.DISPATCH_CACHE_PATH):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def changed_since(self, stop_ids: list[int], since_iso: str) -> list[dict]:
        results: list[dict] = []
        clean_ids = [int(i) for i in stop_ids]
        for batch in _chunks(clean_ids, MAX_IDS_PER_QUERY):
            placeholders = ",".join("?" for _ in batch)
            query = (
                "SELECT id, van_id, seq, status, eta, updated_at FROM van_stops "
                f"WHERE id IN ({placeholders}) AND updated_at > ?"
            )
            rows = self.conn.execute(query, [*batch, since_iso]).fetchall()
            results.extend(dict(r) for r in rows)
        return results

    def mark_seen(self, van_id: str, stop_ids: list[int]) -> int:
        with self.conn:
            cur = self.conn.executemany(
                "UPDATE van_stops SET tablet_ack = 1 WHERE van_id = ? AND id = ?",
                [(van_id, int(i)) for i in stop_ids],
            )
        return cur.rowcount

    def close(self) -> None:
        self.conn.close()
