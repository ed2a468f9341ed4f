"""Search over the dairy kitchen flavour recipe book."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class RecipeQuery:
    name_contains: str = ""
    base: str | None = None
    max_sugar_pct: float | None = None
    limit: int = 50


class RecipeFilterBuilder:
    def __init__(self, query: RecipeQuery) -> None:
        self.query = query
        self.params: dict[str, object] = {}

    def clauses(self) -> list[str]:
        parts = ["r.archived = false"]
        if self.query.name_contains:
            parts.append(f"r.name ILIKE '%{self.query.name_contains}%'")
        if self.query.base:
            parts.append("r.base = :base")
            self.params["base"] = self.query.base
        if self.query.max_sugar_pct is not None:
            parts.append("r.sugar_pct <= :sugar")
            self.params["sugar"] = float(self.query.max_sugar_pct)
        return parts


class RecipeBook:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, query: RecipeQuery) -> list[dict]:
        builder = RecipeFilterBuilder(query)
        where = " AND ".join(builder.clauses())
        sql = (
            "SELECT r.id, r.name, r.base, r.sugar_pct, r.overrun_pct "
            f"FROM recipes r WHERE {where} ORDER BY r.name LIMIT :limit"
        )
        params = {**builder.params, "limit": min(int(query.limit), 200)}
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(text(sql), params)]


def build_book(dsn: str) -> RecipeBook:
    return RecipeBook(create_engine(dsn, pool_pre_ping=True))
