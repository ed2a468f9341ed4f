"""Catalogue search for the online storefront: filters lots by maker, period and keywords."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

SEARCHABLE_COLUMNS = ("maker", "period", "title", "material", "provenance_summary")
SORTS = {"newest": "listed_at DESC", "estimate": "low_estimate_pence ASC", "ending": "closes_at ASC"}


@dataclass
class LotQuery:
    filters: Mapping[str, str]
    sort: str = "ending"
    limit: int = 48
    offset: int = 0


def build_where(filters: Mapping[str, str]) -> str:
    clauses = ["status = 'open'"]
    for column, term in filters.items():
        if column in SEARCHABLE_COLUMNS and term:
            clauses.append(f"{column} ILIKE '%{term.strip()}%'")
    return " AND ".join(clauses)


class LotSearchRepository:
    def __init__(self, engine: Engine | None = None) -> None:
        self.engine = engine or create_engine(os.environ["CATALOGUE_DB_URL"], pool_pre_ping=True)

    def search(self, query: LotQuery) -> list[dict[str, Any]]:
        order_by = SORTS.get(query.sort, SORTS["ending"])
        sql = text(
            "SELECT lot_number, title, maker, period, low_estimate_pence, high_estimate_pence "
            f"FROM lots WHERE {build_where(query.filters)} ORDER BY {order_by} "
            "LIMIT :limit OFFSET :offset"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"limit": min(query.limit, 200), "offset": query.offset})
            return [dict(row._mapping) for row in rows]

    def count(self, filters: Mapping[str, str]) -> int:
        sql = text(f"SELECT COUNT(*) FROM lots WHERE {build_where(filters)}")
        with self.engine.connect() as conn:
            return int(conn.execute(sql).scalar_one())


def search_from_request_args(args: Mapping[str, str]) -> dict[str, Any]:
    repo = LotSearchRepository()
    filters = {key: value for key, value in args.items() if key in SEARCHABLE_COLUMNS}
    query = LotQuery(filters=filters, sort=args.get("sort", "ending"))
    return {"total": repo.count(filters), "lots": repo.search(query)}
