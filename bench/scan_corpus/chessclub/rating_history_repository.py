"""Rating history of club members, fed by the monthly federation import."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

CATEGORIES = ("standard", "rapid", "blitz")


@dataclass(frozen=True)
class RatingPoint:
    period: date
    category: str
    rating: int
    games: int


class RatingHistoryRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def history(self, fide_id: int, category: str, since: date | None = None) -> list[RatingPoint]:
        if category not in CATEGORIES:
            raise ValueError(f"unknown rating category {category!r}")
        stmt = text(
            "SELECT period, category, rating, games FROM rating_history "
            "WHERE fide_id = :fide_id AND category = :category "
            "AND (:since IS NULL OR period >= :since) "
            "ORDER BY period"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"fide_id": fide_id, "category": category, "since": since})
            return [RatingPoint(r.period, r.category, r.rating, r.games) for r in rows]

    def latest_for(self, fide_ids: list[int]) -> dict[int, int]:
        stmt = text(
            "SELECT DISTINCT ON (fide_id) fide_id, rating FROM rating_history "
            "WHERE category = 'standard' AND fide_id IN :ids "
            "ORDER BY fide_id, period DESC"
        ).bindparams(bindparam("ids", expanding=True))
        with self._engine.connect() as conn:
            return {r.fide_id: r.rating for r in conn.execute(stmt, {"ids": fide_ids})}

    def store_period(self, period: date, rows: list[tuple[int, str, int, int]]) -> int:
        stmt = text(
            "INSERT INTO rating_history (fide_id, category, period, rating, games) "
            "VALUES (:fide_id, :category, :period, :rating, :games) "
            "ON CONFLICT (fide_id, category, period) DO UPDATE "
            "SET rating = EXCLUDED.rating, games = EXCLUDED.games"
        )
        payload = [
            {"fide_id": f, "category": c, "period": period, "rating": r, "games": g}
            for f, c, r, g in rows
            if c in CATEGORIES
        ]
        with self._engine.begin() as conn:
            conn.execute(stmt, payload)
        return len(payload)
