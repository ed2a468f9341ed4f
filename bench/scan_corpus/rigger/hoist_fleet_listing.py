"""Paged, sortable listing of chain hoists for the inventory admin UI."""
from enum import Enum

import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Depends, Query

from .settings import get_dsn

router = APIRouter(prefix="/api/hoists")


class SortField(str, Enum):
    serial = "serial"
    capacity = "capacity"
    hours = "hours"
    last_service = "last_service"


SORT_COLUMNS = {
    SortField.serial: "h.serial",
    SortField.capacity: "h.capacity_kg",
    SortField.hours: "h.hours_run",
    SortField.last_service: "h.last_service",
}


def listing_sql(sort: SortField, descending: bool) -> str:
    column = SORT_COLUMNS[sort]
    order = "DESC" if descending else "ASC"
    return (
        "SELECT h.serial, h.model, h.capacity_kg, h.hours_run, h.last_service, l.name AS location "
        "FROM hoists h LEFT JOIN locations l ON l.id = h.location_id "
        "WHERE h.retired_at IS NULL AND (%(model)s::text IS NULL OR h.model = %(model)s) "
        f"ORDER BY {column} {order}, h.id LIMIT %(limit)s OFFSET %(offset)s"
    )


@router.get("")
def list_hoists(
    sort: SortField = Query(SortField.serial),
    desc: bool = False,
    model: str | None = None,
    page: int = Query(1, ge=1),
    per_page: int = Query(50, ge=1, le=200),
    dsn: str = Depends(get_dsn),
):
    params = {"model": model, "limit": per_page, "offset": (page - 1) * per_page}
    with psycopg.connect(dsn, row_factory=dict_row) as conn:
        rows = conn.execute(listing_sql(sort, desc), params).fetchall()
    return {"page": page, "per_page": per_page, "items": rows}
