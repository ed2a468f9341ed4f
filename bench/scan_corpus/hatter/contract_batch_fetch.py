"""Fetches several theatre-costume contracts at once for the production planning board."""
from typing import Sequence

from sqlalchemy import bindparam, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from hatter.config import settings

engine: AsyncEngine = create_async_engine(settings.ASYNC_DATABASE_URL)

MAX_BATCH = 200


def _in_clause(ids: Sequence[int]) -> tuple[str, dict]:
    names = [f"cid_{i}" for i in range(len(ids))]
    placeholders = ", ".join(f":{n}" for n in names)
    return placeholders, dict(zip(names, ids))


async def contracts_by_id(ids: Sequence[int], production: str | None = None) -> list[dict]:
    ids = [int(i) for i in ids][:MAX_BATCH]
    if not ids:
        return []
    placeholders, params = _in_clause(ids)
    sql = (
        "SELECT id, theatre, production, hat_count, deadline, status "
        f"FROM costume_contracts WHERE id IN ({placeholders})"
    )
    if production:
        sql += " AND production = :production"
        params["production"] = production
    async with engine.connect() as conn:
        result = await conn.execute(text(sql), params)
        return [dict(r._mapping) for r in result]


async def overdue_contracts(theatre: str) -> list[dict]:
    stmt = text(
        "SELECT id, production, deadline FROM costume_contracts "
        "WHERE theatre = :theatre AND deadline < now() AND status <> 'delivered'"
    ).bindparams(bindparam("theatre", value=theatre))
    async with engine.connect() as conn:
        result = await conn.execute(stmt)
        return [dict(r._mapping) for r in result]
