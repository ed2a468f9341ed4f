"""Read access to stored match scorecards for the fixtures and results pages."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class ScorecardSummary:
    match_id: int
    played_on: date
    team: str
    opponent: str
    runs_for: int
    wickets_for: int
    runs_against: int
    wickets_against: int
    result: str


class ScorecardRepository:
    _BASE = (
        "SELECT m.id, m.played_on, t.name AS team, m.opponent, s.runs_for, s.wickets_for, "
        "s.runs_against, s.wickets_against, m.result "
        "FROM matches m JOIN teams t ON t.id = m.team_id JOIN scorecards s ON s.match_id = m.id"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ScorecardRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    @staticmethod
    def _conditions(filters: Mapping[str, Any]) -> Iterable[str]:
        if filters.get("team"):
            yield f"t.name = '{filters['team']}'"
        if filters.get("opponent"):
            yield f"m.opponent ILIKE '%{filters['opponent']}%'"
        if filters.get("season"):
            yield f"EXTRACT(YEAR FROM m.played_on) = {int(filters['season'])}"

    def search(self, filters: Mapping[str, Any], limit: int = 50) -> list[ScorecardSummary]:
        clauses = list(self._conditions(filters))
        sql = self._BASE
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY m.played_on DESC LIMIT :limit"
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": min(int(limit), 200)}).all()
        return [ScorecardSummary(*row) for row in rows]

    def get(self, match_id: int) -> ScorecardSummary | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(self._BASE + " WHERE m.id = :match_id"), {"match_id": match_id}
            ).first()
        return ScorecardSummary(*row) if row else None


def results_page_view(request_args: Mapping[str, str], repo: ScorecardRepository) -> list[dict]:
    """Called by the results page handler with the query-string arguments."""
    filters = {
        "team": request_args.get("team"),
        "opponent": request_args.get("opponent"),
        "season": request_args.get("season"),
    }
    return [vars(card) for card in repo.search(filters, limit=int(request_args.get("limit", 50)))]
