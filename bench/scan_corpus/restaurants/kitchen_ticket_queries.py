"""Queries backing the kitchen display system's ticket rail."""
from __future__ import annotations

import asyncpg

TICKET_COLUMNS = "t.id, t.order_id, t.station, t.status, t.fired_at, t.bumped_at, t.items"

# Sort keys the KDS client is allowed to request, mapped to SQL expressions.
SORT_KEYS = {
    "fired": "t.fired_at ASC",
    "priority": "t.priority DESC, t.fired_at ASC",
    "promised": "o.promised_at ASC NULLS LAST",
}


async def open_tickets(pool: asyncpg.Pool, store_id: str, station: str, sort: str = "fired") -> list[dict]:
    order_by = SORT_KEYS.get(sort, SORT_KEYS["fired"])
    sql = (
        f"SELECT {TICKET_COLUMNS}, o.promised_at FROM kitchen_tickets t "
        "JOIN orders o ON o.id = t.order_id "
        "WHERE t.store_id = $1 AND t.station = $2 AND t.status IN ('fired', 'in_progress') "
        f"ORDER BY {order_by}"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(sql, store_id, station)
    return [dict(r) for r in rows]


async def bump_ticket(pool: asyncpg.Pool, ticket_id: int, store_id: str) -> bool:
    async with pool.acquire() as conn:
        result = await conn.execute(
            "UPDATE kitchen_tickets SET status = 'bumped', bumped_at = now() "
            "WHERE id = $1 AND store_id = $2 AND status <> 'bumped'",
            ticket_id,
            store_id,
        )
    return result.endswith(" 1")


async def recall_ticket(pool: asyncpg.Pool, ticket_id: int, store_id: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "UPDATE kitchen_tickets SET status = 'in_progress', bumped_at = NULL "
            "WHERE id = $1 AND store_id = $2",
            ticket_id,
            store_id,
        )
