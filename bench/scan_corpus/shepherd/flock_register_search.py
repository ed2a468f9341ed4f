"""Search endpoint for the flock register.

Used by the shepherds' phones in the yards to find ewes by breed and birth
year before drafting a mob.
"""
from __future__ import annotations

from dataclasses import dataclass

import asyncpg
from fastapi import APIRouter, Depends, Query

from shepherd.db import get_pool

router = APIRouter(prefix="/flock")

BASE_QUERY = """
    SELECT e.tag, e.breed, e.birth_year, m.name AS mob, p.name AS paddock
    FROM ewes e
    JOIN mobs m ON m.id = e.mob_id
    LEFT JOIN paddocks p ON p.id = m.paddock_id
"""


@dataclass
class FlockFilter:
    breed: str | None = None
    born_after: int | None = None
    limit: int = 200

    def where(self) -> str:
        parts = ["e.culled_on IS NULL"]
        if self.breed:
            parts.append(f"e.breed = '{self.breed}'")
        if self.born_after:
            parts.append(f"e.birth_year >= {int(self.born_after)}")
        return " AND ".join(parts)


async def find_ewes(pool: asyncpg.Pool, flt: FlockFilter) -> list[dict]:
    sql = f"{BASE_QUERY} WHERE {flt.where()} ORDER BY e.tag LIMIT {int(flt.limit)}"
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql)
    return [dict(r) for r in rows]


@router.get("/ewes")
async def search_ewes(
    breed: str | None = Query(None, max_length=40),
    born_after: int | None = Query(None, ge=1990, le=2100),
    pool: asyncpg.Pool = Depends(get_pool),
):
    flt = FlockFilter(breed=breed, born_after=born_after)
    results = await find_ewes(pool, flt)
    return {"count": len(results), "ewes": results}
