"""Leaderboards of rider-recorded stage times, shown in the guide app."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_SORT_COLUMNS = {
    "fastest": "moving_time_s ASC",
    "slowest": "moving_time_s DESC",
    "climbing": "elevation_gain_m DESC",
    "recent": "recorded_at DESC",
}
_DEFAULT_SORT = "fastest"


@dataclass
class LeaderboardRow:
    rider_alias: str
    moving_time_s: int
    elevation_gain_m: int
    recorded_at: str


class LeaderboardRepo:
    def __init__(self, db_path: str):
        self._conn = sqlite3.connect(db_path)

    @staticmethod
    def _order_by(sort: str) -> str:
        return _SORT_COLUMNS.get(sort, _SORT_COLUMNS[_DEFAULT_SORT])

    def stage_board(self, stage_id: int, sort: str = _DEFAULT_SORT, limit: int = 20) -> list[LeaderboardRow]:
        limit = max(1, min(limit, 100))
        sql = (
            "SELECT rider_alias, moving_time_s, elevation_gain_m, recorded_at "
            "FROM stage_efforts WHERE stage_id = ? AND is_public = 1 "
            f"ORDER BY {self._order_by(sort)} LIMIT ?"
        )
        rows = self._conn.execute(sql, (stage_id, limit)).fetchall()
        return [LeaderboardRow(*row) for row in rows]

    def rider_best(self, stage_id: int, rider_alias: str) -> LeaderboardRow | None:
        row = self._conn.execute(
            "SELECT rider_alias, moving_time_s, elevation_gain_m, recorded_at "
            "FROM stage_efforts WHERE stage_id = ? AND rider_alias = ? "
            "ORDER BY moving_time_s ASC LIMIT 1",
            (stage_id, rider_alias),
        ).fetchone()
        return LeaderboardRow(*row) if row else None

    def record_effort(self, stage_id: int, rider_alias: str, moving_time_s: int, gain_m: int, public: bool) -> None:
        self._conn.execute(
            "INSERT INTO stage_efforts (stage_id, rider_alias, moving_time_s, elevation_gain_m, "
            "recorded_at, is_public) VALUES (?, ?, ?, ?, datetime('now'), ?)",
            (stage_id, rider_alias, moving_time_s, gain_m, int(public)),
        )
        self._conn.commit()
