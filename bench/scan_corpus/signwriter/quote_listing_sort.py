"""Sortable quote request list for the office dashboard.

The dashboard table lets estimators sort by date, value, town or status
and page through open quote requests.
"""
import psycopg
from psycopg.rows import dict_row
from fastapi import APIRouter, Query

from signwriter.config import settings

router = APIRouter(prefix="/office/quote-requests")

SORT_COLUMNS = {
    "received": "q.received_at",
    "value": "q.estimated_pence",
    "town": "q.site_town",
    "status": "q.status",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


def order_by_clause(sort: str, direction: str) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["received"])
    keyword = DIRECTIONS.get(direction.lower(), "DESC")
    return f"ORDER BY {column} {keyword}, q.id"


def list_quote_requests(status: str | None, sort: str, direction: str, page: int, per_page: int) -> list[dict]:
    sql = (
        "SELECT q.id, q.reference, q.customer_name, q.site_town, q.sign_type, "
        "q.estimated_pence, q.status, q.received_at "
        "FROM quote_requests q "
        "WHERE (%(status)s::text IS NULL OR q.status = %(status)s) "
        f"{order_by_clause(sort, direction)} "
        "LIMIT %(limit)s OFFSET %(offset)s"
    )
    params = {"status": status, "limit": per_page, "offset": (page - 1) * per_page}
    with psycopg.connect(settings.DATABASE_URL, row_factory=dict_row) as conn:
        return conn.execute(sql, params).fetchall()


@router.get("/")
def quote_requests(
    status: str | None = None,
    sort: str = "received",
    direction: str = "desc",
    page: int = Query(1, ge=1),
    per_page: int = Query(25, ge=1, le=100),
) -> dict:
    rows = list_quote_requests(status, sort, direction, page, per_page)
    return {"page": page, "results": rows}
