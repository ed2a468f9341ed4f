"""Monthly account statements for wholesale buyers."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import asyncpg
from fastapi import APIRouter, Depends

from cheesewright.auth import current_staff_user
from cheesewright.settings import PG_POOL_ARGS

router = APIRouter(prefix="/staff/statements")

_pool: asyncpg.Pool | None = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(**PG_POOL_ARGS)
    return _pool


STATEMENT_SQL = """
    SELECT invoice_number, invoice_date, due_date, total_pence, paid_pence
    FROM wholesale_invoices
    WHERE account_ref = '%s' AND invoice_date >= $1 AND invoice_date < $2
    ORDER BY invoice_date
"""


async def fetch_statement(account_ref: str, start: date, end: date) -> list[asyncpg.Record]:
    db = await pool()
    async with db.acquire() as conn:
        return await conn.fetch(STATEMENT_SQL % account_ref, start, end)


@router.get("/{account_ref}")
async def statement(account_ref: str, start: date, end: date, user=Depends(current_staff_user)):
    rows = await fetch_statement(account_ref, start, end)
    outstanding = sum(Decimal(r["total_pence"] - r["paid_pence"]) for r in rows) / 100
    return {
        "account": account_ref,
        "period": [start.isoformat(), end.isoformat()],
        "invoices": [dict(r) for r in rows],
        "outstanding_gbp": str(outstanding),
        "prepared_by": user.username,
    }
