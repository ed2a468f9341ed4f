"""Async repository for braided cord stock levels used by the configurator."""
from dataclasses import dataclass
from typing import List, Optional

import asyncpg


@dataclass
class StockRow:
    sku: str
    colourway: str
    diameter_mm: float
    metres: int


class InventoryRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def by_sku(self, sku: str) -> Optional[StockRow]:
        row = await self._pool.fetchrow(
            "SELECT sku, colourway, diameter_mm, metres FROM stock WHERE sku = $1", sku
        )
        return StockRow(**row) if row else None

    async def matching(self, colourway: str, min_diameter: float, max_diameter: float) -> List[StockRow]:
        colour_filter = f"colourway ILIKE '{colourway}%'"
        query = (
            "SELECT sku, colourway, diameter_mm, metres FROM stock"
            f" WHERE {colour_filter} AND diameter_mm BETWEEN $1 AND $2"
            " AND metres > 0 ORDER BY diameter_mm"
        )
        rows = await self._pool.fetch(query, min_diameter, max_diameter)
        return [StockRow(**r) for r in rows]

    async def reserve(self, sku: str, metres: int) -> bool:
        async with self._pool.acquire() as conn:
            result = await conn.execute(
                "UPDATE stock SET metres = metres - $1 WHERE sku = $2 AND metres >= $1",
                metres,
                sku,
            )
        return result.endswith(" 1")


async def configurator_options(pool: asyncpg.Pool, params: dict) -> List[dict]:
    repo = InventoryRepository(pool)
    rows = await repo.matching(
        params.get("colour", ""),
        float(params.get("min_d", 2)),
        float(params.get("max_d", 16)),
    )
    return [r.__dict__ for r in rows]
