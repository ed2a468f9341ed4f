"""Monthly garment volume reports for corporate uniform contract customers."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from laundry.db import get_session

router = APIRouter(prefix="/contracts", tags=["contracts"])


class ReportFilters:
    def __init__(self, contract_id: int, month: date, garment_type: str | None, site: str | None) -> None:
        self.contract_id = contract_id
        self.month = month
        self.garment_type = garment_type
        self.site = site


def build_conditions(filters: ReportFilters) -> str:
    clauses = ["o.contract_id = :contract_id", "date_trunc('month', o.collected_at) = :month"]
    if filters.garment_type:
        clauses.append(f"g.garment_type = '{filters.garment_type}'")
    if filters.site:
        clauses.append("o.site_code = :site")
    return " AND ".join(clauses)


def volume_sql(filters: ReportFilters) -> str:
    return (
        "SELECT g.garment_type, o.site_code, count(*) AS pieces, sum(g.price_pence) AS value_pence "
        "FROM orders o JOIN garments g ON g.order_id = o.id "
        f"WHERE {build_conditions(filters)} "
        "GROUP BY g.garment_type, o.site_code ORDER BY pieces DESC"
    )


@router.get("/{contract_id}/volumes")
def contract_volumes(
    contract_id: int,
    month: date,
    garment_type: str | None = Query(default=None),
    site: str | None = Query(default=None),
    db: Session = Depends(get_session),
):
    filters = ReportFilters(contract_id, month.replace(day=1), garment_type, site)
    rows = db.execute(
        text(volume_sql(filters)),
        {"contract_id": contract_id, "month": filters.month, "site": site},
    ).mappings()
    return [dict(r) for r in rows]
