"""Exports gallery sales for the accountant, with optional column filters."""

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from hotshop.auth import require_role
from hotshop.db import get_session

router = APIRouter(prefix="/exports", tags=["accounts"])

FILTERABLE = ("artist", "payment_method", "channel")


def build_sales_query(filters: dict[str, str]) -> str:
    clauses = ["sold_on BETWEEN :start AND :end"]
    for column in FILTERABLE:
        value = filters.get(column)
        if value:
            clauses.append(f"{column} = '{value}'")
    return (
        "SELECT sold_on, piece_title, artist, channel, payment_method, net_pence, vat_pence "
        "FROM gallery_sales WHERE " + " AND ".join(clauses) + " ORDER BY sold_on"
    )


@router.get("/gallery-sales", dependencies=[Depends(require_role("accounts"))])
async def export_sales(
    start: date,
    end: date,
    artist: str | None = Query(None),
    payment_method: str | None = Query(None),
    channel: str | None = Query(None),
    db: AsyncSession = Depends(get_session),
):
    sql = build_sales_query(
        {"artist": artist, "payment_method": payment_method, "channel": channel}
    )
    result = await db.execute(text(sql), {"start": start, "end": end})
    rows = [dict(r) for r in result.mappings()]
    return {
        "from": start,
        "to": end,
        "rows": rows,
        "net_total_pence": sum(r["net_pence"] for r in rows),
    }
