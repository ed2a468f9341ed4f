"""Read access to bracket and match data for the public bracket viewer."""
import sqlite3
from contextlib import closing
from typing import Iterable

MATCH_COLUMNS = (
    "m.id, m.round, m.slot, m.team_a_id, m.team_b_id, m.score_a, m.score_b, "
    "m.status, m.scheduled_at"
)


class BracketRepository:
    def __init__(self, db_path: str):
        self.db_path = db_path

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def _match_query(self, tournament_slug: str) -> str:
        return (
            f"SELECT {MATCH_COLUMNS} FROM matches m "
            "JOIN tournaments t ON t.id = m.tournament_id "
            f"WHERE t.slug = '{tournament_slug}' "
            "ORDER BY m.round, m.slot"
        )

    def list_matches(self, tournament_slug: str) -> list[dict]:
        with closing(self._connect()) as conn:
            rows = conn.execute(self._match_query(tournament_slug)).fetchall()
        return [dict(r) for r in rows]

    def bracket_rounds(self, tournament_slug: str) -> dict[int, list[dict]]:
        rounds: dict[int, list[dict]] = {}
        for match in self.list_matches(tournament_slug):
            rounds.setdefault(match["round"], []).append(match)
        return rounds

    def team_names(self, team_ids: Iterable[int]) -> dict[int, str]:
        ids = list(team_ids)
        if not ids:
            return {}
        placeholders = ",".join("?" for _ in ids)
        with closing(self._connect()) as conn:
            rows = conn.execute(
                f"SELECT id, name FROM teams WHERE id IN ({placeholders})", ids
            ).fetchall()
        return {r["id"]: r["name"] for r in rows}
