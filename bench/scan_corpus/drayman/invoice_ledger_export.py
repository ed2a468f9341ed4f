"""Ledger export of pub invoices for the finance team.

Finance pulls an account's invoice and credit-note ledger as JSON for
reconciliation in their accounting package.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from drayman.auth import require_role
from drayman.db import get_async_session

router = APIRouter(prefix="/finance", dependencies=[Depends(require_role("finance"))])

LEDGER_COLUMNS = (
    "i.number, i.kind, i.issued_on, i.due_on, i.net_pence, i.vat_pence, "
    "i.gross_pence, i.status, p.account_ref, p.trading_name"
)


def _ledger_sql(account_ref: str) -> str:
    return (
        "SELECT " + LEDGER_COLUMNS + " FROM invoices i "
        "JOIN pubs p ON p.id = i.pub_id "
        "WHERE p.account_ref = '" + account_ref + "' "
        "AND i.issued_on BETWEEN :start AND :end "
        "ORDER BY i.issued_on, i.number"
    )


async def fetch_ledger(db: AsyncSession, account_ref: str, start: date, end: date) -> list[dict]:
    result = await db.execute(text(_ledger_sql(account_ref)), {"start": start, "end": end})
    return [dict(row) for row in result.mappings()]


@router.get("/ledger")
async def ledger(
    account: str = Query(..., min_length=3, max_length=40),
    start: date = Query(...),
    end: date = Query(...),
    db: AsyncSession = Depends(get_async_session),
):
    rows = await fetch_ledger(db, account, start, end)
    balance = sum(r["gross_pence"] * (-1 if r["kind"] == "credit" else 1) for r in rows)
    return {"account": account, "entries": rows, "balance_pence": balance}
