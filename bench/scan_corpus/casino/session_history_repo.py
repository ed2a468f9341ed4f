"""Read-only queries over slot play sessions for the floor analytics dashboard."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Sequence

_SORT_COLUMNS = {
    "start": "started_at",
    "coin_in": "coin_in",
    "net_win": "coin_in - coin_out",
}


class SessionHistoryRepo:
    def __init__(self, db_path: str):
        self._conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def sessions_for_machines(self, machine_ids: Sequence[str], since: datetime) -> list[sqlite3.Row]:
        if not machine_ids:
            return []
        placeholders = ", ".join("?" for _ in machine_ids)
        sql = (
            "SELECT session_id, machine_id, player_id, started_at, ended_at, coin_in, coin_out "
            f"FROM play_sessions WHERE machine_id IN ({placeholders}) AND started_at >= ? "
            "ORDER BY started_at"
        )
        return self._conn.execute(sql, [*machine_ids, since.isoformat()]).fetchall()

    def top_sessions(self, sort: str = "start", limit: int = 50) -> list[sqlite3.Row]:
        order_expr = _SORT_COLUMNS.get(sort, "started_at")
        sql = f"SELECT * FROM play_sessions ORDER BY {order_expr} DESC LIMIT ?"
        return self._conn.execute(sql, (min(limit, 500),)).fetchall()

    def close(self) -> None:
        self._conn.close()
