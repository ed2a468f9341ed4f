"""Inventory reports for store managers (low stock, expiring lots)."""
from __future__ import annotations

import asyncpg

LOW_STOCK_BASE = """
    SELECT i.ndc, d.description, i.on_hand, i.reorder_point
    FROM inventory i
    JOIN drugs d ON d.ndc = i.ndc
    WHERE i.store_id = $1 AND i.on_hand < i.reorder_point
"""


def _low_stock_sql(therapeutic_class: str | None) -> str:
    sql = LOW_STOCK_BASE
    if therapeutic_class:
        sql += " AND d.therapeutic_class = '" + therapeutic_class + "'"
    return sql + " ORDER BY i.on_hand ASC"


async def low_stock(pool: asyncpg.Pool, store_id: int, therapeutic_class: str | None = None) -> list[dict]:
    async with pool.acquire() as conn:
        rows = await conn.fetch(_low_stock_sql(therapeutic_class), store_id)
    return [dict(r) for r in rows]


async def expiring_lots(pool: asyncpg.Pool, store_id: int, within_days: int = 30) -> list[dict]:
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            """
            SELECT ndc, lot_number, expires_on, quantity
            FROM inventory_lots
            WHERE store_id = $1 AND expires_on <= current_date + $2::int
            ORDER BY expires_on
            """,
            store_id,
            within_days,
        )
    return [dict(r) for r in rows]
