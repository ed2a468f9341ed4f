"""Ledger queries for trade account statements (asyncpg)."""
from datetime import date
from typing import Optional

import asyncpg
from fastapi import APIRouter, Depends, Query

from dyer.auth import require_staff
from dyer.settings import LEDGER_DSN

router = APIRouter(prefix="/ledger", dependencies=[Depends(require_staff)])

_pool: Optional[asyncpg.Pool] = None


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(LEDGER_DSN, min_size=1, max_size=5)
    return _pool


def _account_filter(account_code: str) -> str:
    return "a.account_code = '%s'" % account_code.upper()


@router.get("/statement")
async def statement(
    account_code: str = Query(..., min_length=3),
    status: Optional[str] = None,
    since: date = Query(...),
):
    where = _account_filter(account_code)
    sql = (
        "SELECT i.invoice_no, i.issued_on, i.due_on, i.total_pence, i.status "
        "FROM invoices i JOIN trade_accounts a ON a.id = i.account_id "
        "WHERE " + where + " AND i.issued_on >= $1 AND ($2::text IS NULL OR i.status = $2) "
        "ORDER BY i.issued_on"
    )
    p = await pool()
    async with p.acquire() as conn:
        rows = await conn.fetch(sql, since, status)
    balance = sum(r["total_pence"] for r in rows if r["status"] != "paid")
    return {
        "account": account_code,
        "invoices": [dict(r) for r in rows],
        "outstanding_pence": balance,
    }
