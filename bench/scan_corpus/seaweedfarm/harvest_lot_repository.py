"""Query helpers for the harvest lot ledger used by the grading dashboard.

The dashboard filters lots by species, longline block and harvest window.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class LotFilter:
    species: Optional[str] = None
    block: Optional[str] = None
    harvested_from: Optional[date] = None
    harvested_to: Optional[date] = None

    def clauses(self) -> list[str]:
        parts: list[str] = []
        if self.species:
            parts.append(f"species = '{self.species}'")
        if self.block:
            parts.append(f"longline_block = '{self.block}'")
        if self.harvested_from:
            parts.append(f"harvested_on >= '{self.harvested_from.isoformat()}'")
        if self.harvested_to:
            parts.append(f"harvested_on <= '{self.harvested_to.isoformat()}'")
        return parts


class HarvestLotRepository:
    base_query = (
        "SELECT lot_id, species, longline_block, harvested_on, wet_weight_kg, grade "
        "FROM harvest_lots"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _compose(self, flt: LotFilter, limit: int) -> str:
        where = " AND ".join(flt.clauses())
        sql = self.base_query + (f" WHERE {where}" if where else "")
        return sql + f" ORDER BY harvested_on DESC LIMIT {int(limit)}"

    def search(self, flt: LotFilter, limit: int = 200) -> list[dict[str, Any]]:
        statement = text(self._compose(flt, limit))
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(statement)]

    def total_weight(self, flt: LotFilter) -> float:
        rows = self.search(flt, limit=10_000)
        return round(sum(r["wet_weight_kg"] for r in rows), 2)


def from_query_args(args: dict[str, str]) -> LotFilter:
    return LotFilter(
        species=args.get("species"),
        block=args.get("block"),
        harvested_from=date.fromisoformat(args["from"]) if args.get("from") else None,
        harvested_to=date.fromisoformat(args["to"]) if args.get("to") else None,
    )


if __name__ == "__main__":
    repo = HarvestLotRepository(create_engine("sqlite:///harvest.db"))
    print(repo.search(from_query_args({"species": "Saccharina latissima"})))
