"""Article repository across the separate horn, shell and metal line tables.

Each production line keeps its own article table because the attributes
differ (horn grade, shell species, metal plating), but they share a core set
of columns used by the portal.
"""
from __future__ import annotations

import enum
from typing import List

from sqlalchemy import text
from sqlalchemy.engine import Engine


class ButtonLine(enum.Enum):
    HORN = "horn_articles"
    SHELL = "shell_articles"
    METAL = "metal_articles"


CORE_COLUMNS = "article_no, name, size_ligne, finish, price_per_gross"


class ButtonLineRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def by_finish(self, line: str, finish: str, limit: int = 50) -> List[dict]:
        table = ButtonLine[line.upper()].value
        stmt = text(
            f"SELECT {CORE_COLUMNS} FROM {table} "
            "WHERE finish = :finish AND active ORDER BY article_no LIMIT :limit"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"finish": finish, "limit": limit})
            return [dict(r._mapping) for r in rows]

    def search_name(self, line: str, fragment: str) -> List[dict]:
        table = ButtonLine[line.upper()].value
        stmt = text(f"SELECT {CORE_COLUMNS} FROM {table} WHERE name ILIKE :pattern")
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"pattern": f"%{fragment}%"})
            return [dict(r._mapping) for r in rows]
