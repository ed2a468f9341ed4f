"""Paged listing of fault reports for the dispatch console.

Dispatchers sort the queue by priority, age or ward. Sort keys come from the
console's column headers and are mapped to real column names here.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from lamplighter.settings import settings

SORTABLE = {
    "priority": "fr.priority",
    "reported": "fr.reported_at",
    "ward": "a.ward_code",
    "street": "a.street",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}
PAGE_SIZE = settings.DISPATCH_PAGE_SIZE


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, "fr.reported_at")
    return f"{column} {DIRECTIONS.get(direction.lower(), 'DESC')}"


def list_open_reports(db: Session, status: str, sort: str = "reported", direction: str = "desc", page: int = 1) -> list[dict]:
    order_by = _order_clause(sort, direction)
    stmt = text(
        f"SELECT fr.id, fr.reference, fr.priority, fr.reported_at, a.asset_id, a.street, a.ward_code "
        f"FROM fault_reports fr JOIN lamp_assets a ON a.asset_id = fr.asset_id "
        f"WHERE fr.status = :status ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(
        stmt,
        {"status": status, "limit": PAGE_SIZE, "offset": max(page - 1, 0) * PAGE_SIZE},
    )
    return [dict(r._mapping) for r in rows]


def count_open_reports(db: Session, status: str) -> int:
    return db.execute(
        text("SELECT count(*) FROM fault_reports WHERE status = :status"),
        {"status": status},
    ).scalar_one()
