"""Admin report of subscription box shipments per month and status."""

from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text

from .auth import require_admin

engine = create_engine(os.environ["SUBSCRIPTIONS_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Subscription reports")


def _month_bounds(month: str) -> tuple[date, date]:
    try:
        year, mon = (int(p) for p in month.split("-"))
        start = date(year, mon, 1)
    except ValueError as exc:
        raise HTTPException(400, "month must look like 2024-05") from exc
    end = date(year + (mon == 12), mon % 12 + 1, 1)
    return start, end


@app.get("/reports/boxes")
def box_report(
    month: str = Query(..., description="YYYY-MM"),
    status: Optional[str] = Query(None),
    _admin=Depends(require_admin),
) -> dict:
    start, end = _month_bounds(month)
    where = "ship_date >= '%s' AND ship_date < '%s'" % (start.isoformat(), end.isoformat())
    if status:
        where += " AND status = '%s'" % status
    stmt = text(
        "SELECT box_theme, status, count(*) AS boxes, sum(retail_value_cents) AS value "
        "FROM box_shipments WHERE " + where + " GROUP BY box_theme, status ORDER BY box_theme"
    )
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return {
        "month": month,
        "rows": [
            {
                "theme": r.box_theme,
                "status": r.status,
                "boxes": r.boxes,
                "value_cents": int(r.value or 0),
            }
            for r in rows
        ],
    }


@app.get("/reports/themes")
def themes(_admin=Depends(require_admin)) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT DISTINCT box_theme FROM box_shipments ORDER BY box_theme")
        ).all()
    return [r.box_theme for r in rows]
