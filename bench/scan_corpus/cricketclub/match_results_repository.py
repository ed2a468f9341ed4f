"""Read access to match results for the fixtures and results pages."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class ResultRow:
    match_id: int
    played_on: date
    team: str
    opponent: str
    result: str
    margin: str


class ResultsRepository:
    _BASE = (
        "SELECT m.id, m.played_on, t.name AS team, m.opponent, m.result, m.margin "
        "FROM matches m JOIN teams t ON t.id = m.team_id"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "ResultsRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    @staticmethod
    def _conditions(filters: Mapping[str, Any]) -> tuple[list[str], dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if filters.get("team"):
            clauses.append("t.name = :team")
            params["team"] = filters["team"]
        if filters.get("opponent"):
            clauses.append("m.opponent ILIKE :opponent")
            params["opponent"] = f"%{filters['opponent']}%"
        if filters.get("season"):
            clauses.append("EXTRACT(YEAR FROM m.played_on) = :season")
            params["season"] = int(filters["season"])
        return clauses, params

    def search(self, filters: Mapping[str, Any], limit: int = 50) -> list[ResultRow]:
        clauses, params = self._conditions(filters)
        sql = self._BASE
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY m.played_on DESC LIMIT :limit"
        params["limit"] = min(int(limit), 200)
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), params).all()
        return [ResultRow(*row) for row in rows]


def results_page_view(request_args: Mapping[str, str], repo: ResultsRepository) -> list[dict]:
    """Called by the results page handler with the query-string arguments."""
    filters = {k: request_args.get(k) for k in ("team", "opponent", "season")}
    return [vars(r) for r in repo.search(filters, limit=int(request_args.get("limit", 50)))]
