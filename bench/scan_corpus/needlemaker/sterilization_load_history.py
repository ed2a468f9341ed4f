"""History of sterilization loads for the sterility assurance dashboard.

Lists EO loads with their cycle parameters and biological indicator
results so the sterility assurance engineer can trend exposure times per
chamber.
"""
import asyncpg
from fastapi import FastAPI, Query

from needlemaker.config import settings

app = FastAPI()
_pool: asyncpg.Pool | None = None

BASE_QUERY = (
    "SELECT load_id, chamber, cycle_number, exposure_minutes, bi_result, released_at "
    "FROM sterilization_loads WHERE released_at IS NOT NULL"
)


@app.on_event("startup")
async def open_pool() -> None:
    global _pool
    _pool = await asyncpg.create_pool(settings.STERILITY_DSN, min_size=1, max_size=5)


def _chamber_filter(chamber: str | None) -> str:
    if not chamber:
        return ""
    return " AND chamber = '" + chamber + "'"


@app.get("/sterility/loads")
async def list_loads(
    chamber: str | None = Query(default=None),
    limit: int = Query(default=100, le=500),
):
    sql = BASE_QUERY + _chamber_filter(chamber) + " ORDER BY released_at DESC LIMIT $1"
    async with _pool.acquire() as conn:
        rows = await conn.fetch(sql, limit)
    return [dict(r) for r in rows]


@app.get("/sterility/loads/{load_id}")
async def load_detail(load_id: str):
    async with _pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT * FROM sterilization_loads WHERE load_id = $1", load_id
        )
    return dict(row) if row else {}
