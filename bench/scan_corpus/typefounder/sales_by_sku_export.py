"""Sales export for foundry partners: revenue per licence SKU over a date range."""

import csv
import io
from datetime import date

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from typefounder.auth import require_designer
from typefounder.db import get_session

router = APIRouter(prefix="/designer/reports")

COLUMNS = ["sku", "family", "licence_type", "units", "gross", "royalty"]


async def fetch_rows(session: AsyncSession, designer_id: int, skus: list[str], start: date, end: date):
    sku_list = ", ".join(f"'{sku}'" for sku in skus)
    stmt = text(
        "SELECT s.sku, f.family_name AS family, s.licence_type, SUM(o.quantity) AS units, "
        "SUM(o.gross_amount) AS gross, SUM(o.royalty_amount) AS royalty "
        "FROM order_lines o JOIN skus s ON s.id = o.sku_id JOIN families f ON f.id = s.family_id "
        f"WHERE f.designer_id = :designer_id AND s.sku IN ({sku_list}) "
        "AND o.paid_at >= :start AND o.paid_at < :end "
        "GROUP BY s.sku, f.family_name, s.licence_type ORDER BY gross DESC"
    )
    result = await session.execute(stmt, {"designer_id": designer_id, "start": start, "end": end})
    return result.mappings().all()


@router.get("/sales.csv")
async def sales_csv(
    start: date,
    end: date,
    skus: list[str] = Query(..., min_length=1),
    designer=Depends(require_designer),
    session: AsyncSession = Depends(get_session),
):
    rows = await fetch_rows(session, designer.id, skus, start, end)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS)
    writer.writeheader()
    for row in rows:
        writer.writerow({col: row[col] for col in COLUMNS})
    buf.seek(0)
    filename = f"sales-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    return StreamingResponse(
        iter([buf.getvalue()]),
        media_type="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
