"""Order search for the customer-service console."""
from datetime import date

from psycopg import sql

SORTABLE = {
    "placed": "placed_at",
    "delivery": "delivery_date",
    "total": "total_cents",
}


def build_search(status: str | None, delivery_from: date | None, sort: str, descending: bool):
    clauses = [sql.SQL("1 = 1")]
    params: list = []
    if status:
        clauses.append(sql.SQL("status = %s"))
        params.append(status)
    if delivery_from:
        clauses.append(sql.SQL("delivery_date >= %s"))
        params.append(delivery_from)
    column = SORTABLE.get(sort, "placed_at")
    query = sql.SQL(
        "SELECT order_ref, recipient_name, status, delivery_date, total_cents "
        "FROM orders WHERE {where} ORDER BY {col} {direction} LIMIT 200"
    ).format(
        where=sql.SQL(" AND ").join(clauses),
        col=sql.Identifier(column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, params


def search_orders(conn, **filters):
    query, params = build_search(
        filters.get("status"),
        filters.get("delivery_from"),
        filters.get("sort", "placed"),
        filters.get("descending", True),
    )
    with conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()
