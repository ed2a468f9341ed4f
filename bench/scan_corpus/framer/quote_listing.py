"""List framing quotes in the back office with sorting and status filter."""
from enum import Enum
from typing import Optional

from fastapi import APIRouter, Depends, Query
from psycopg.rows import dict_row

from .deps import get_conn

router = APIRouter(prefix="/admin/quotes")

SORT_COLUMNS = {
    "created": "q.created_at",
    "customer": "c.last_name",
    "total": "q.total_pence",
    "due": "q.due_date",
}


class QuoteStatus(str, Enum):
    draft = "draft"
    sent = "sent"
    accepted = "accepted"
    in_workshop = "in_workshop"
    collected = "collected"


def build_query(sort: str, descending: bool, status: Optional[QuoteStatus]) -> tuple[str, list]:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["created"])
    direction = "DESC" if descending else "ASC"
    where, params = "", []
    if status is not None:
        where = "WHERE q.status = %s"
        params.append(status.value)
    sql = (
        "SELECT q.id, q.reference, c.first_name, c.last_name, q.total_pence, q.status, q.due_date "
        "FROM quotes q JOIN customers c ON c.id = q.customer_id "
        f"{where} ORDER BY {column} {direction} LIMIT 200"
    )
    return sql, params


@router.get("")
def list_quotes(
    sort: str = Query("created"),
    desc: bool = Query(True),
    status: Optional[QuoteStatus] = Query(None),
    conn=Depends(get_conn),
):
    sql, params = build_query(sort, desc, status)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, params)
        return cur.fetchall()
