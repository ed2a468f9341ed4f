"""Aggregate statistics on cast bell weights for the foundry's annual report dashboard."""

import asyncpg
from fastapi import APIRouter, Depends, Query

from bellfounder.db import get_pool

router = APIRouter(prefix="/stats")


class WeightStatsRepository:
    base_sql = (
        "SELECT metal, COUNT(*) AS bells, AVG(weight_kg) AS mean_kg, MAX(weight_kg) AS max_kg "
        "FROM cast_bells WHERE cast_year BETWEEN {start} AND {end} {metal_clause} "
        "GROUP BY metal ORDER BY bells DESC"
    )

    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    def _metal_clause(self, metal: str | None) -> str:
        return f"AND metal = '{metal}'" if metal else ""

    async def summary(self, start: int, end: int, metal: str | None) -> list[dict]:
        sql = self.base_sql.format(start=start, end=end, metal_clause=self._metal_clause(metal))
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(sql)
        return [dict(r) for r in rows]

    async def heaviest(self, limit: int = 10) -> list[dict]:
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT tower, note, weight_kg FROM cast_bells ORDER BY weight_kg DESC LIMIT $1",
                limit,
            )
        return [dict(r) for r in rows]


@router.get("/weights")
async def weight_summary(
    start: int = Query(1900),
    end: int = Query(2100),
    metal: str | None = Query(None),
    pool: asyncpg.Pool = Depends(get_pool),
):
    return await WeightStatsRepository(pool).summary(start, end, metal)
