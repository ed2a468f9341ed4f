"""Read-side queries for live standings shown on the tournament hall screen."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class StandingRow:
    rank: int
    name: str
    rating: int | None
    points: float
    buchholz: float


class StandingsRepository:
    def __init__(self, db_path: str):
        self._conn = sqlite3.connect(db_path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row

    def section_standings(self, tournament_id: int, section: str, after_round: int) -> list[StandingRow]:
        rows = self._conn.execute(
            "SELECT m.display_name AS name, r.standard_rating AS rating, "
            "       s.points, s.buchholz "
            "FROM standings_by_round s "
            "JOIN members m ON m.id = s.member_id "
            "LEFT JOIN ratings_current r ON r.member_id = m.id "
            "WHERE s.tournament_id = ? AND s.section = ? AND s.round_no = ? "
            "ORDER BY s.points DESC, s.buchholz DESC, m.display_name",
            (tournament_id, section, after_round),
        ).fetchall()
        return [
            StandingRow(rank=i, name=r["name"], rating=r["rating"], points=r["points"], buchholz=r["buchholz"])
            for i, r in enumerate(rows, start=1)
        ]

    def players_named(self, tournament_id: int, fragment: str) -> list[str]:
        pattern = "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self._conn.execute(
            "SELECT m.display_name FROM entries e JOIN members m ON m.id = e.member_id "
            "WHERE e.tournament_id = ? AND m.display_name LIKE ? ESCAPE '\\' "
            "ORDER BY m.display_name LIMIT 20",
            (tournament_id, pattern),
        ).fetchall()
        return [r[0] for r in rows]

    def record_results(self, tournament_id: int, round_no: int,
                       results: Iterable[tuple[int, str]]) -> int:
        with self._conn:
            cur = self._conn.executemany(
                "UPDATE pairings SET result = ? WHERE tournament_id = ? AND round_no = ? AND board = ?",
                [(result, tournament_id, round_no, board) for board, result in results],
            )
        return cur.rowcount
