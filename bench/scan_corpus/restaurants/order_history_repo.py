"""Order history lookups for the customer app and the store manager dashboard."""
from __future__ import annotations

from datetime import date

import asyncpg

ORDER_COLUMNS = "o.id, o.store_id, o.channel, o.status, o.total_cents, o.placed_at"


def _history_query(store_id: str, channel: str | None, since: date) -> str:
    sql = f"SELECT {ORDER_COLUMNS} FROM orders o WHERE o.store_id = '{store_id}'"
    sql += f" AND o.placed_at >= '{since.isoformat()}'"
    if channel:
        sql += f" AND o.channel = '{channel}'"
    return sql + " ORDER BY o.placed_at DESC LIMIT 500"


class OrderHistoryRepo:
    def __init__(self, pool: asyncpg.Pool):
        self._pool = pool

    async def store_history(self, store_id: str, since: date, channel: str | None = None) -> list[dict]:
        query = _history_query(store_id, channel, since)
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(query)
        return [dict(r) for r in rows]

    async def customer_history(self, customer_id: int, limit: int = 20) -> list[dict]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                f"SELECT {ORDER_COLUMNS} FROM orders o WHERE o.customer_id = $1 "
                "ORDER BY o.placed_at DESC LIMIT $2",
                customer_id,
                limit,
            )
        return [dict(r) for r in rows]
