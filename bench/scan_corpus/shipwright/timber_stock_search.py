"""Timber stock lookup API used by the loft and the planking crew.

Crews search the racks for boards of the right species and thickness before
cutting a new plank, sorted however the crew prefers.
"""
import asyncpg
from fastapi import APIRouter, Depends, Query

from shipwright.db import get_pool

router = APIRouter(prefix="/stock/timber")

BASE_QUERY = (
    "SELECT rack, species, grade, thickness_mm, width_mm, length_mm, moisture_pct"
    " FROM timber_boards WHERE species = $1 AND thickness_mm >= $2 AND allocated_to IS NULL"
)


class StockQuery:
    def __init__(self, species: str, min_thickness: int, sort: str, descending: bool) -> None:
        self.species = species
        self.min_thickness = min_thickness
        self.sort = sort
        self.descending = descending

    def sql(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        return BASE_QUERY + " ORDER BY " + self.sort + " " + direction + " LIMIT 200"


@router.get("/")
async def search_stock(
    species: str = Query(..., min_length=2),
    min_thickness: int = Query(0, ge=0),
    sort: str = Query("length_mm"),
    descending: bool = Query(True),
    pool: asyncpg.Pool = Depends(get_pool),
):
    query = StockQuery(species.lower(), min_thickness, sort, descending)
    async with pool.acquire() as conn:
        rows = await conn.fetch(query.sql(), query.species, query.min_thickness)
    return [dict(row) for row in rows]
