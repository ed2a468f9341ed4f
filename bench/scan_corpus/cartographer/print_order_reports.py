"""Operational reports over print orders for the fulfilment dashboard."""
from typing import List

import asyncpg
from fastapi import APIRouter, Depends, Query

from cartographer.config import settings

router = APIRouter(prefix="/reports/print-orders")
_pool = None


async def get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(settings.REPORTING_DSN, min_size=1, max_size=5)
    return _pool


def _status_clause(statuses: List[str]) -> str:
    quoted = ", ".join("'" + s + "'" for s in statuses)
    return "status IN (" + quoted + ")"


@router.get("/summary")
async def order_summary(
    status: List[str] = Query(default=["queued", "printing"]),
    days: int = Query(default=30, ge=1, le=365),
    pool: asyncpg.Pool = Depends(get_pool),
):
    query = (
        "SELECT paper_size, count(*) AS orders, sum(total_pence) AS revenue_pence "
        "FROM print_orders WHERE created_at > now() - make_interval(days => $1) AND "
        + _status_clause(status)
        + " GROUP BY paper_size ORDER BY orders DESC"
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch(query, days)
    return [dict(r) for r in rows]


@router.get("/late")
async def late_orders(pool: asyncpg.Pool = Depends(get_pool)):
    async with pool.acquire() as conn:
        rows = await conn.fetch(
            "SELECT id, shop_code, promised_on FROM print_orders "
            "WHERE promised_on < current_date AND status <> 'dispatched' ORDER BY promised_on"
        )
    return [dict(r) for r in rows]
