"""Query builder for the review batch list (sortable, filterable grid)."""
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

SORTABLE = {
    "name": "b.name",
    "created": "b.created_at",
    "assignee": "u.display_name",
    "remaining": "b.docs_remaining",
}


def build_batch_query(matter_id: int, status: str | None, assignee: str | None,
                      sort: str = "created", descending: bool = True) -> tuple[sql.Composed, list[Any]]:
    conditions = [sql.SQL("b.matter_id = %s")]
    params: list[Any] = [matter_id]
    if status:
        conditions.append(sql.SQL("b.status = %s"))
        params.append(status)
    if assignee:
        conditions.append(sql.SQL("u.display_name ILIKE %s"))
        params.append(f"%{assignee}%")

    order_col = SORTABLE.get(sort, SORTABLE["created"])
    table, column = order_col.split(".")
    query = sql.SQL(
        "SELECT b.id, b.name, b.status, b.docs_total, b.docs_remaining, u.display_name AS assignee "
        "FROM review_batch b LEFT JOIN app_user u ON u.id = b.assignee_id "
        "WHERE {where} ORDER BY {order} {direction}"
    ).format(
        where=sql.SQL(" AND ").join(conditions),
        order=sql.Identifier(table, column),
        direction=sql.SQL("DESC" if descending else "ASC"),
    )
    return query, params


def list_batches(conn: psycopg.Connection, matter_id: int, **filters) -> list[dict]:
    query, params = build_batch_query(matter_id, **filters)
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()
