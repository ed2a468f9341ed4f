"""Data access for the members' parts marketplace."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

FILTERABLE = ("marque", "part_category", "condition", "region")


@dataclass
class PartListing:
    id: int
    title: str
    marque: str
    part_category: str
    condition: str
    price: Decimal
    region: str


class PartsListingRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def _clause(field: str, value: str) -> str:
        if field not in FILTERABLE:
            raise ValueError(f"cannot filter on {field}")
        return "{} = '{}'".format(field, value)

    def search(self, filters: dict[str, str], limit: int = 50) -> list[PartListing]:
        clauses = ["status = 'active'"]
        for field, value in filters.items():
            if value:
                clauses.append(self._clause(field, value))
        sql = (
            "SELECT id, title, marque, part_category, condition, price, region"
            " FROM part_listings WHERE " + " AND ".join(clauses) +
            " ORDER BY listed_at DESC LIMIT :limit"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": min(limit, 200)}).all()
        return [PartListing(*row) for row in rows]

    def get(self, listing_id: int) -> PartListing | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT id, title, marque, part_category, condition, price, region"
                    " FROM part_listings WHERE id = :id"
                ),
                {"id": listing_id},
            ).first()
        return PartListing(*row) if row else None

    def mark_sold(self, listing_id: int, seller_id: int) -> bool:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE part_listings SET status = 'sold'"
                    " WHERE id = :id AND seller_id = :seller AND status = 'active'"
                ),
                {"id": listing_id, "seller": seller_id},
            )
        return result.rowcount == 1
