"""Manager report of orders by item type, sortable by the column picked in the UI."""
from datetime import date
from enum import Enum

import psycopg
from psycopg.rows import dict_row

SORTABLE = {
    "due": "o.due_date",
    "placed": "o.created_at",
    "customer": "c.name",
    "total": "o.total_cents",
    "status": "o.status",
}
DEFAULT_SORT = "due"


class Direction(str, Enum):
    ASC = "ASC"
    DESC = "DESC"


def _order_clause(sort: str, direction: str) -> str:
    column = SORTABLE.get(sort, SORTABLE[DEFAULT_SORT])
    try:
        dir_sql = Direction(direction.upper()).value
    except ValueError:
        dir_sql = Direction.ASC.value
    return f"ORDER BY {column} {dir_sql}, o.id"


def orders_report(
    conn: psycopg.Connection,
    item_types: list[str],
    start: date,
    end: date,
    sort: str = DEFAULT_SORT,
    direction: str = "asc",
) -> list[dict]:
    sql = (
        "SELECT o.id, o.item_type, o.status, o.due_date, o.total_cents, c.name AS customer "
        "FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE o.created_at >= %s AND o.created_at < %s "
        "AND o.item_type = ANY(%s) "
        + _order_clause(sort, direction)
    )
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(sql, (start, end, item_types))
        return cur.fetchall()


def report_view(request, conn):
    """Called from the manager dashboard with query string filters."""
    args = request.args
    types = [t for t in args.get("types", "trophy,plaque").split(",") if t]
    return orders_report(
        conn,
        item_types=types,
        start=date.fromisoformat(args.get("from", date.today().replace(day=1).isoformat())),
        end=date.fromisoformat(args.get("to", date.today().isoformat())),
        sort=args.get("sort", DEFAULT_SORT),
        direction=args.get("dir", "asc"),
    )
