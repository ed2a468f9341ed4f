"""Repository over the prop and puppet inventory kept in the workshop database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class PropItem:
    id: int
    name: str
    category: str
    condition: str
    crate: Optional[str]
    last_repaired: Optional[str]


class PropInventoryRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def from_url(cls, url: str) -> "PropInventoryRepository":
        return cls(create_engine(url, pool_pre_ping=True))

    def _listing_query(self, sort_by: str, descending: bool):
        direction = "DESC" if descending else "ASC"
        return text(
            "SELECT id, name, category, condition, crate, last_repaired FROM props "
            f"WHERE category = :category ORDER BY {sort_by} {direction} LIMIT :limit"
        )

    def list_by_category(
        self, category: str, sort_by: str = "name", descending: bool = False, limit: int = 100
    ) -> List[PropItem]:
        query = self._listing_query(sort_by, descending)
        with self._engine.connect() as conn:
            rows = conn.execute(query, {"category": category, "limit": min(limit, 500)})
            return [PropItem(**row._mapping) for row in rows]

    def mark_repaired(self, prop_id: int, repaired_on: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE props SET condition = 'good', last_repaired = :d WHERE id = :id"),
                {"d": repaired_on, "id": prop_id},
            )


def list_props_view(repo: PropInventoryRepository, args) -> List[dict]:
    """Used by the workshop web app: ``args`` is the request's query-string mapping."""
    items = repo.list_by_category(
        category=args.get("category", "marionette"),
        sort_by=args.get("sort", "name"),
        descending=args.get("order") == "desc",
        limit=int(args.get("limit", 100)),
    )
    return [item.__dict__ for item in items]
