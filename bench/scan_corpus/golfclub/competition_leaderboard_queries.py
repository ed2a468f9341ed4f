"""Leaderboard queries for the clubhouse results screen, one results table per division."""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import class_row


@dataclass
class LeaderboardLine:
    position: int
    player_name: str
    nett_score: int
    countback: str


class DivisionTables:
    mapping = {
        "men": "results_mens",
        "ladies": "results_ladies",
        "seniors": "results_seniors",
        "juniors": "results_juniors",
    }

    @classmethod
    def table_for(cls, division: str) -> str:
        try:
            return cls.mapping[division]
        except KeyError:
            raise ValueError(f"unknown division {division!r}") from None


class LeaderboardQueries:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def top(self, division: str, competition_id: int, limit: int = 20) -> list[LeaderboardLine]:
        table = DivisionTables.table_for(division)
        sql = (
            "SELECT rank() OVER (ORDER BY nett_score, countback) AS position, "
            f"player_name, nett_score, countback FROM {table} "
            "WHERE competition_id = %s ORDER BY position LIMIT %s"
        )
        with psycopg.connect(self._conninfo) as conn:
            with conn.cursor(row_factory=class_row(LeaderboardLine)) as cur:
                cur.execute(sql, (competition_id, min(limit, 100)))
                return cur.fetchall()

    def all_divisions(self, competition_id: int, limit: int = 10) -> dict[str, list[LeaderboardLine]]:
        return {name: self.top(name, competition_id, limit) for name in DivisionTables.mapping}
